package org.k42j.examples.ids;

/**
 * One processor's free list: a stack of ids this processor may hand out, refilled from and spilled
 * to the shared {@link IdPool} a batch at a time. A released id goes to the releasing processor's
 * list, so the next allocation there reuses it (K42's per-processor free lists: the common case
 * touches only processor-local memory). Not thread-safe: its owner is an exclusive rep.
 *
 * <p>Invariants: {@code free[0..size)} are distinct free ids, {@code size <= 2 * BATCH}; {@code
 * allocated} is this processor's allocations minus its releases (negative when it released ids
 * other processors allocated), so the sum over processors is the allocator's count.
 */
public final class LocalFreeList implements IdAllocator {
  private final IdPool pool;
  private final long[] free = new long[2 * IdPool.BATCH];
  private int size;
  private long allocated;

  /** An empty list drawing on {@code pool}. */
  public LocalFreeList(IdPool pool) {
    this.pool = pool;
  }

  @Override
  public long allocate() {
    if (size == 0) {
      long[] batch = pool.take();
      System.arraycopy(batch, 0, free, 0, batch.length);
      size = batch.length;
    }
    allocated++;
    return free[--size];
  }

  @Override
  public void release(long id) {
    if (id < 0) {
      throw new IllegalArgumentException("id " + id + " is negative; release an allocated id");
    }
    if (size == free.length) {
      // Full: give the older half back, keep the recently released (cache-warm) half.
      long[] batch = new long[IdPool.BATCH];
      System.arraycopy(free, 0, batch, 0, IdPool.BATCH);
      System.arraycopy(free, IdPool.BATCH, free, 0, size - IdPool.BATCH);
      size -= IdPool.BATCH;
      pool.give(batch);
    }
    free[size++] = id;
    allocated--;
  }

  @Override
  public long allocated() {
    return allocated;
  }
}
