package org.k42j.benchmarks;

import org.k42j.examples.ids.IdAllocator;
import org.k42j.examples.ids.IdPool;
import org.k42j.examples.ids.LocalFreeList;

/**
 * One processor's free list of ids behind its own monitor: the thread-safe rep of the id allocator
 * under oversubscription (several threads share a processor slot, so a rep that has no guard must
 * protect itself). Invariant: {@code list} is touched only while holding this object's monitor.
 */
final class SynchronizedFreeList implements IdAllocator {
  private final LocalFreeList list;

  SynchronizedFreeList(IdPool pool) {
    this.list = new LocalFreeList(pool);
  }

  @Override
  public synchronized long allocate() {
    return list.allocate();
  }

  @Override
  public synchronized void release(long id) {
    list.release(id);
  }

  @Override
  public synchronized long allocated() {
    return list.allocated();
  }
}
