package org.k42j.kernel.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** Padding before {@link LocalCache}'s fields. */
abstract class LocalCachePadBefore {
  long p01, p02, p03, p04, p05, p06, p07, p08;
}

/** {@link LocalCache}'s mutable state, between two paddings. */
abstract class LocalCacheFields extends LocalCachePadBefore {
  int size; // cached[0..size) are free slots of the processor's node
  long localAllocations;
  long remoteAllocations;
  long localFrees;
  long remoteFrees;
  long returnedHome;
  long refills;
  long spills;
}

/**
 * One processor's free-slot cache and counters, padded so that the words its processor writes on
 * every allocation and free share no cache line with another processor's.
 *
 * <p>Concurrency: one writer at a time, the thread running on the processor (the clustered object's
 * rep guard, or the kernel's one-thread-per-processor rule, ensures it). The counters are written
 * with opaque stores so that {@link #counts} may read them from any thread (a statistics gather)
 * without tearing and without a lock; such a read is exact once the processor's writes
 * happened-before it (after a join, for example) and may otherwise lag. The cache itself is read
 * only by its writer, and by audits while the allocator is quiet.
 */
final class LocalCache extends LocalCacheFields {
  long q01, q02, q03, q04, q05, q06, q07, q08;

  private static final VarHandle LOCAL_ALLOCATIONS = counter("localAllocations");
  private static final VarHandle REMOTE_ALLOCATIONS = counter("remoteAllocations");
  private static final VarHandle LOCAL_FREES = counter("localFrees");
  private static final VarHandle REMOTE_FREES = counter("remoteFrees");
  private static final VarHandle RETURNED_HOME = counter("returnedHome");
  private static final VarHandle REFILLS = counter("refills");
  private static final VarHandle SPILLS = counter("spills");

  private static VarHandle counter(String name) {
    try {
      return MethodHandles.lookup().findVarHandle(LocalCacheFields.class, name, long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Free slots of the processor's node; its top ({@code size - 1}) is the warmest. */
  final int[] cached;

  LocalCache(int capacity) {
    cached = new int[capacity];
  }

  void localAllocation() {
    LOCAL_ALLOCATIONS.setOpaque((LocalCacheFields) this, localAllocations + 1);
  }

  void remoteAllocation() {
    REMOTE_ALLOCATIONS.setOpaque((LocalCacheFields) this, remoteAllocations + 1);
  }

  void localFree() {
    LOCAL_FREES.setOpaque((LocalCacheFields) this, localFrees + 1);
  }

  void remoteFree() {
    REMOTE_FREES.setOpaque((LocalCacheFields) this, remoteFrees + 1);
  }

  void returnedHome() {
    RETURNED_HOME.setOpaque((LocalCacheFields) this, returnedHome + 1);
  }

  void refill() {
    REFILLS.setOpaque((LocalCacheFields) this, refills + 1);
  }

  void spill() {
    SPILLS.setOpaque((LocalCacheFields) this, spills + 1);
  }

  /** The counters, read with opaque loads (any thread). */
  ProcessorCounts counts(int processor, int node) {
    return new ProcessorCounts(
        processor,
        node,
        (long) LOCAL_ALLOCATIONS.getOpaque((LocalCacheFields) this),
        (long) REMOTE_ALLOCATIONS.getOpaque((LocalCacheFields) this),
        (long) LOCAL_FREES.getOpaque((LocalCacheFields) this),
        (long) REMOTE_FREES.getOpaque((LocalCacheFields) this),
        (long) RETURNED_HOME.getOpaque((LocalCacheFields) this),
        (long) REFILLS.getOpaque((LocalCacheFields) this),
        (long) SPILLS.getOpaque((LocalCacheFields) this));
  }
}
