package org.k42j.examples.metrics;

import java.util.Arrays;

/**
 * A mutable latency histogram with one bucket per power of two (bucket {@code b} holds samples in
 * {@code [2^(b-1), 2^b)}, bucket 0 holds 0), plus count, sum and maximum: mergeable by addition,
 * which is what lets per-processor histograms be folded into one. Not thread-safe; its owner orders
 * access (a lock, or an exclusive rep).
 */
final class Histogram {
  static final int BUCKETS = 64;

  private final long[] buckets = new long[BUCKETS];
  private long count;
  private long sum;
  private long max;

  static void checkSample(String name, long nanos) {
    java.util.Objects.requireNonNull(name, "name");
    if (nanos < 0) {
      throw new IllegalArgumentException("latency " + nanos + " of " + name + " is negative");
    }
  }

  /** The bucket of a non-negative sample. */
  static int bucketOf(long nanos) {
    return nanos == 0 ? 0 : Math.min(BUCKETS - 1, 64 - Long.numberOfLeadingZeros(nanos));
  }

  void record(long nanos) {
    buckets[bucketOf(nanos)]++;
    count++;
    sum += nanos;
    max = Math.max(max, nanos);
  }

  HistogramSnapshot toSnapshot() {
    return new HistogramSnapshot(Arrays.copyOf(buckets, BUCKETS), count, sum, max);
  }
}
