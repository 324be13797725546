package org.k42j.kernel.memory;

import java.util.Arrays;
import org.k42j.simmarks.ModeledLock;

/** Padding before {@link NodePool}'s fields, so they share no cache line with other objects. */
abstract class NodePoolPadBefore {
  long p01, p02, p03, p04, p05, p06, p07, p08;
}

/** {@link NodePool}'s mutable state, between two paddings. */
abstract class NodePoolFields extends NodePoolPadBefore {
  int freeCount; // guarded by the pool: free[0..freeCount) are free indexes
  int fresh; // guarded by the pool: indexes fresh..capacity-1 were never handed out
  long refills; // guarded by the pool: batches handed to processor caches
  long spills; // guarded by the pool: batches given back by processor caches
  long remoteTakes; // guarded by the pool: single slots taken by processors of other nodes
}

/**
 * One node's pool of slots: the slots {@code base..base+capacity-1} of an allocator, handed to the
 * processor caches in batches and taken back in batches.
 *
 * <p>Concurrency: the free stack, the fresh mark and the counters are guarded by this object's
 * monitor, taken once per batch (not per allocation), and only by the processors that refill or
 * spill. {@link #owner} and {@link #link} are per-slot words with no lock: a slot is in exactly one
 * place at a time (this pool, a processor cache, a remote-free list, or a caller's hands), and
 * whoever holds it is the only one to write its words; the hand-over between places (this monitor,
 * a remote-free list's compare-and-swap, or the caller's own synchronisation) orders the writes of
 * one holder before the reads of the next.
 */
final class NodePool extends NodePoolFields {
  // The monitor as the NUMA simulation sees it (a no-op outside a simulation).
  private final ModeledLock monitor = new ModeledLock();

  long q01, q02, q03, q04, q05, q06, q07, q08;

  /** The owner word of a slot that is free (in a pool, a cache or a remote-free list). */
  static final int FREE = -1;

  final int node;
  final int base;
  final int capacity;
  private final int[] free;

  /** Per slot index: the processor holding it as an allocated block, or {@link #FREE}. */
  final int[] owner;

  /** Per slot index: the next slot of the remote-free list the slot is on. */
  final int[] link;

  NodePool(int node, int base, int capacity) {
    this.node = node;
    this.base = base;
    this.capacity = capacity;
    this.free = new int[capacity];
    this.owner = new int[capacity];
    this.link = new int[capacity];
    Arrays.fill(owner, FREE);
  }

  /**
   * Moves up to {@code count} free slots (allocator-wide ids) into {@code into[offset..]}, freed
   * ones first (they are warm), then fresh ones; returns how many.
   */
  synchronized int take(int[] into, int offset, int count) {
    monitor.acquire();
    try {
      int taken = 0;
      while (taken < count && freeCount > 0) {
        into[offset + taken++] = base + free[--freeCount];
      }
      while (taken < count && fresh < capacity) {
        into[offset + taken++] = base + fresh++;
      }
      if (taken > 0) {
        refills++;
      }
      return taken;
    } finally {
      monitor.release();
    }
  }

  /** One free slot for a processor of another node, or -1 when the pool is empty. */
  synchronized int takeOne() {
    monitor.acquire();
    try {
      int slot = freeCount > 0 ? base + free[--freeCount] : fresh < capacity ? base + fresh++ : -1;
      if (slot >= 0) {
        remoteTakes++;
      }
      return slot;
    } finally {
      monitor.release();
    }
  }

  /** Takes back {@code from[offset..offset+count)}, slots of this pool. */
  synchronized void give(int[] from, int offset, int count) {
    monitor.acquire();
    try {
      for (int i = 0; i < count; i++) {
        free[freeCount++] = from[offset + i] - base;
      }
      spills++;
    } finally {
      monitor.release();
    }
  }

  /** Takes back one slot of this pool. */
  synchronized void giveOne(int slot) {
    monitor.acquire();
    try {
      free[freeCount++] = slot - base;
    } finally {
      monitor.release();
    }
  }

  /** This pool's counters and free slots, read under its monitor. */
  synchronized PoolCounts counts() {
    return new PoolCounts(
        node, capacity, freeCount + capacity - fresh, refills, spills, remoteTakes);
  }

  /** Adds the free slots of this pool (allocator-wide ids) to {@code into}; for audits. */
  synchronized void collectFree(IntList into) {
    for (int i = 0; i < freeCount; i++) {
      into.add(base + free[i]);
    }
    for (int index = fresh; index < capacity; index++) {
      into.add(base + index);
    }
  }
}
