package org.k42j.examples.stats;

import java.io.Serializable;

/**
 * The statistics of one endpoint at one moment: an immutable value that snapshots carry and merge.
 *
 * <pre>{@code
 * EndpointStats s = stats.snapshot().endpoint("GET /items");
 * double errorRate = (double) s.errors() / s.count();
 * }</pre>
 *
 * @param count requests recorded
 * @param errors requests recorded as failed
 * @param totalLatencyNanos the sum of their latencies
 * @param maxLatencyNanos the largest latency, 0 when there was no request
 */
public record EndpointStats(long count, long errors, long totalLatencyNanos, long maxLatencyNanos)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The statistics of an endpoint with no request. */
  public static final EndpointStats NONE = new EndpointStats(0, 0, 0, 0);

  /** The statistics of both sets of requests together. */
  public EndpointStats plus(EndpointStats other) {
    return new EndpointStats(
        count + other.count,
        errors + other.errors,
        totalLatencyNanos + other.totalLatencyNanos,
        Math.max(maxLatencyNanos, other.maxLatencyNanos));
  }

  /** The mean latency, 0 when there was no request. */
  public double meanLatencyNanos() {
    return count == 0 ? 0 : (double) totalLatencyNanos / count;
  }
}
