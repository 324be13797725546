package org.k42j.examples.stats;

import java.util.Objects;

/**
 * The running statistics of one endpoint: plain mutable fields, no synchronization. Its owner
 * provides the exclusion: the lock of {@link SynchronizedRequestStats}, or the exclusive rep of
 * {@link ClusteredRequestStats}. This class is the sequential code both forms share unchanged.
 *
 * <p>Invariants: {@code errors <= count}; {@code maxLatencyNanos} is the largest latency recorded
 * (0 before the first); {@code totalLatencyNanos} their sum.
 */
final class EndpointTally {
  private long count;
  private long errors;
  private long totalLatencyNanos;
  private long maxLatencyNanos;

  /** Checks a request's arguments before anything is recorded. */
  static void checkRequest(String endpoint, long latencyNanos) {
    Objects.requireNonNull(endpoint, "endpoint");
    if (latencyNanos < 0) {
      throw new IllegalArgumentException(
          "latency of a request to "
              + endpoint
              + " is "
              + latencyNanos
              + " ns; a latency is a duration, measure it with System.nanoTime() differences");
    }
  }

  void record(long latencyNanos, boolean error) {
    count++;
    if (error) {
      errors++;
    }
    totalLatencyNanos += latencyNanos;
    if (latencyNanos > maxLatencyNanos) {
      maxLatencyNanos = latencyNanos;
    }
  }

  EndpointStats toStats() {
    return new EndpointStats(count, errors, totalLatencyNanos, maxLatencyNanos);
  }
}
