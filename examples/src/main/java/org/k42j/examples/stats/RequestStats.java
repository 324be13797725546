package org.k42j.examples.stats;

/**
 * Request statistics per endpoint: how many requests, how many failed, their total and largest
 * latency. Both the conventional {@link SynchronizedRequestStats} and the clustered {@link
 * ClusteredRequestStats} implement it, so callers, the demo and the tests use either through the
 * same operations.
 *
 * <pre>{@code
 * RequestStats stats = ClusteredRequestStats_Factory.create();  // or new SynchronizedRequestStats()
 * stats.record("GET /items", 420_000L, false);
 * EndpointStats items = stats.snapshot().endpoint("GET /items");
 * }</pre>
 */
public interface RequestStats {
  /**
   * Records one request to {@code endpoint} that took {@code latencyNanos} and failed when {@code
   * error} is true.
   *
   * @throws NullPointerException if {@code endpoint} is null
   * @throws IllegalArgumentException if {@code latencyNanos} is negative
   */
  void record(String endpoint, long latencyNanos, boolean error);

  /** The statistics of every endpoint recorded since creation or the last {@link #reset()}. */
  StatsSnapshot snapshot();

  /** Forgets every endpoint. */
  void reset();
}
