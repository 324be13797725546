package org.k42j.kernel.sim;

/**
 * The active processors ordered by (virtual clock, id): a 4-ary min-heap of keys {@code clock <<
 * idBits | id}, so that comparing two processors is comparing two longs held in the heap itself (no
 * indirection through the clocks, half the depth of a binary heap). Single-threaded.
 *
 * <p>Invariants: every key is unique (ids are); the heap property holds between calls; a clock must
 * stay below {@code 2^(63 - idBits)} picoseconds ({@link #limitPicos()}).
 */
final class ClockQueue {
  private final long[] heap;
  private final int idBits;
  private final long idMask;
  private final long limit;

  /** The processors {@code ids} (of a machine of {@code processorCount}), all at clock 0. */
  ClockQueue(int[] ids, int processorCount) {
    idBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(processorCount - 1));
    idMask = (1L << idBits) - 1;
    limit = 1L << (63 - idBits);
    heap = new long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      heap[i] = ids[i];
    }
    java.util.Arrays.sort(heap); // sorted is a heap
  }

  /** The processor with the smallest (clock, id). */
  int top() {
    return (int) (heap[0] & idMask);
  }

  /** The largest clock a processor may reach, in picoseconds. */
  long limitPicos() {
    return limit;
  }

  /** Moves the top processor to its new, later {@code clock}. */
  void advanceTop(long clock) {
    if (clock >= limit) {
      throw new SimulationException(
          "virtual time passed "
              + limit / 1e12
              + " s, the most this machine's ids leave room"
              + " for; run fewer operations",
          null);
    }
    long key = (clock << idBits) | (heap[0] & idMask);
    long[] keys = heap;
    int n = keys.length;
    int index = 0;
    while (true) {
      int child = 4 * index + 1;
      if (child >= n) {
        break;
      }
      int least;
      long leastKey;
      if (child + 3 < n) {
        // All four children: minimums without branches the data decides (conditional moves).
        long k0 = keys[child];
        long k1 = keys[child + 1];
        long k2 = keys[child + 2];
        long k3 = keys[child + 3];
        long low01 = Math.min(k0, k1);
        long low23 = Math.min(k2, k3);
        leastKey = Math.min(low01, low23);
        int index01 = k0 < k1 ? child : child + 1;
        int index23 = k2 < k3 ? child + 2 : child + 3;
        least = low01 < low23 ? index01 : index23;
      } else {
        least = child;
        leastKey = keys[child];
        for (int other = child + 1; other < n; other++) {
          long otherKey = keys[other];
          if (otherKey < leastKey) {
            leastKey = otherKey;
            least = other;
          }
        }
      }
      if (leastKey > key) {
        break;
      }
      keys[index] = leastKey;
      index = least;
    }
    keys[index] = key;
  }
}
