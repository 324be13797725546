package org.k42j.examples.stats;

import java.util.List;

/**
 * A deterministic stream of requests for exercising {@link RequestStats}: the same seed gives the
 * same requests, so the demo and the tests can replay one stream into two implementations and
 * compare their snapshots exactly. Not thread-safe: give each thread its own stream.
 *
 * <pre>{@code
 * SyntheticTraffic traffic = new SyntheticTraffic(42);
 * for (int i = 0; i < 1000; i++) {
 *   traffic.recordNext(stats);
 * }
 * }</pre>
 *
 * <p>Requests are spread over {@link #ENDPOINTS} uniformly, take 50 us to about 2 ms, and one in 32
 * fails. The generator is SplitMix64: one multiply-xorshift mix per request, no allocation.
 */
public final class SyntheticTraffic {
  /** The endpoints requests go to. */
  public static final List<String> ENDPOINTS =
      List.of(
          "DELETE /items/{id}",
          "GET /",
          "GET /health",
          "GET /items",
          "GET /items/{id}",
          "GET /search",
          "POST /items",
          "PUT /items/{id}");

  private static final String[] NAMES = ENDPOINTS.toArray(new String[0]);
  private static final long MIN_LATENCY_NANOS = 50_000;
  private static final long LATENCY_SPAN_NANOS = 2_000_000;

  private long state;

  /** A stream determined by {@code seed}. */
  public SyntheticTraffic(long seed) {
    this.state = seed;
  }

  /** Draws the next request of the stream and records it in {@code stats}. */
  public void recordNext(RequestStats stats) {
    long r = next();
    String endpoint = NAMES[(int) ((r >>> 48) % NAMES.length)];
    long latency = MIN_LATENCY_NANOS + (r & 0xFF_FFFF) % LATENCY_SPAN_NANOS;
    boolean error = ((r >>> 32) & 31) == 0;
    stats.record(endpoint, latency, error);
  }

  private long next() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
