package org.k42j.kernel.ppc;

/**
 * How many calls a server address space admits at once on each processor (migrated callers and busy
 * server threads together, and so also how many server threads it may have there), and how many
 * asynchronous calls may wait there for one. Threads are spawned on demand, up to the limit (K42
 * takes server threads from a bounded free list; the spawn is bounded, not one thread per request).
 *
 * @param threadsPerProcessor the most calls inside the server (and server threads) per processor,
 *     at least 1
 * @param queuedCallsPerProcessor the most asynchronous calls waiting for a thread per processor
 */
public record PoolLimits(int threadsPerProcessor, int queuedCallsPerProcessor) {
  /**
   * The limits of a server that was given none: 16 threads and 1,024 queued calls per processor.
   */
  public static final PoolLimits DEFAULT = new PoolLimits(16, 1024);

  /** Validates the limits. */
  public PoolLimits {
    if (threadsPerProcessor < 1) {
      throw new IllegalArgumentException(
          "a server needs at least 1 thread per processor, not " + threadsPerProcessor);
    }
    if (queuedCallsPerProcessor < 0) {
      throw new IllegalArgumentException(
          "queuedCallsPerProcessor " + queuedCallsPerProcessor + " is negative");
    }
  }
}
