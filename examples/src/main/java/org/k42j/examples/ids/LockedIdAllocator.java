package org.k42j.examples.ids;

/**
 * The original allocator: one free list (a stack of released ids) and a counter of fresh ids,
 * behind one lock. Every allocation and release from every thread takes the same monitor and
 * moves the same stack's cache lines between processors.
 *
 * <p>Invariants, under {@code this}: {@code free[0..size)} are the released ids not handed out
 * again, distinct and below {@code next}; every id below {@code next} is either allocated or on
 * the free list.
 */
public class LockedIdAllocator implements IdAllocator {
  private long[] free = new long[64];
  private int size;
  private long next;
  private long allocated;

  @Override
  public synchronized long allocate() {
    allocated++;
    return size > 0 ? free[--size] : next++;
  }

  @Override
  public synchronized void release(long id) {
    if (id < 0) {
      throw new IllegalArgumentException("id " + id + " is negative; release an allocated id");
    }
    if (size == free.length) {
      free = java.util.Arrays.copyOf(free, size * 2);
    }
    free[size++] = id;
    allocated--;
  }

  @Override
  public synchronized long allocated() {
    return allocated;
  }
}
