package org.k42j.examples.metrics;

/**
 * A metrics registry: counters and latency histograms by name, the bookkeeping a server updates on
 * every request and reads on every scrape. Three forms implement it, side by side: {@link
 * LockedMetrics} (the original, one lock), {@link RuntimeClusteredMetrics} (the original's class
 * clustered at run time, unchanged) and {@link ClusteredMetrics} (ported to the annotations).
 *
 * <pre>{@code
 * Metrics metrics = RuntimeClusteredMetrics.create();     // or new LockedMetrics()
 * metrics.count("http.requests", 1);
 * metrics.recordLatency("http.latency", 420_000);
 * MetricsSnapshot now = metrics.snapshot();
 * }</pre>
 */
public interface Metrics {
  /**
   * Adds {@code delta} to the counter {@code name}, creating it at zero.
   *
   * @throws NullPointerException if {@code name} is null
   */
  void count(String name, long delta);

  /**
   * Records one latency sample in the histogram {@code name}, creating it empty.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code nanos} is negative
   */
  void recordLatency(String name, long nanos);

  /** The counter {@code name}, zero if it was never counted. */
  long counter(String name);

  /** Every counter and histogram since creation or the last {@link #reset()}. */
  MetricsSnapshot snapshot();

  /** Forgets every counter and histogram. */
  void reset();
}
