package org.k42j.examples.ids;

import org.k42j.simmarks.ModeledLine;
import org.k42j.simmarks.ModeledLock;

/**
 * The original allocator: one free list (a stack of released ids) and a counter of fresh ids,
 * behind one lock. Every allocation and release from every thread takes the same monitor and moves
 * the same stack's cache lines between processors.
 *
 * <p>Invariants, under {@code this}: {@code free[0..size)} are the released ids not handed out
 * again, distinct and below {@code next}; every id below {@code next} is either allocated or on the
 * free list.
 *
 * <p>The monitor and the stack's top are marked for the NUMA simulation ({@link ModeledLock},
 * {@link ModeledLine}); outside a simulation the marks compile to nothing.
 */
public class LockedIdAllocator implements IdAllocator {
  private long[] free = new long[64];
  private int size;
  private long next;
  private long allocated;
  private final ModeledLock monitor = new ModeledLock();
  private final ModeledLine state = new ModeledLine(); // size, next, allocated and the stack's top

  @Override
  public synchronized long allocate() {
    monitor.acquire();
    state.write();
    allocated++;
    long id = size > 0 ? free[--size] : next++;
    monitor.release();
    return id;
  }

  @Override
  public synchronized void release(long id) {
    if (id < 0) {
      throw new IllegalArgumentException("id " + id + " is negative; release an allocated id");
    }
    monitor.acquire();
    state.write();
    if (size == free.length) {
      free = java.util.Arrays.copyOf(free, size * 2);
    }
    free[size++] = id;
    allocated--;
    monitor.release();
  }

  @Override
  public synchronized long allocated() {
    return allocated;
  }
}
