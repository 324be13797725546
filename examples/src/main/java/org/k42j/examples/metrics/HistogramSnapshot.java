package org.k42j.examples.metrics;

import java.util.Arrays;

/**
 * One histogram at one moment: samples per power-of-two bucket, their count, sum and maximum.
 * Immutable (the bucket array is copied in and out).
 *
 * @param buckets samples per bucket, {@value Histogram#BUCKETS} of them
 * @param count samples recorded
 * @param sum their total, in nanoseconds
 * @param max the largest sample, 0 when there is none
 */
public record HistogramSnapshot(long[] buckets, long count, long sum, long max) {
  /** Copies {@code buckets}. */
  public HistogramSnapshot {
    if (buckets.length != Histogram.BUCKETS) {
      throw new IllegalArgumentException("a histogram has " + Histogram.BUCKETS + " buckets");
    }
    buckets = buckets.clone();
  }

  @Override
  public long[] buckets() {
    return buckets.clone();
  }

  /**
   * An upper bound of the {@code quantile} (0..1) of the samples: the top of the bucket holding it,
   * capped by the maximum; 0 without samples.
   */
  public long quantileUpperBound(double quantile) {
    if (count == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(quantile * count));
    long seen = 0;
    for (int b = 0; b < buckets.length; b++) {
      seen += buckets[b];
      if (seen >= rank) {
        long top = b == 0 ? 0 : b >= 63 ? Long.MAX_VALUE : (1L << b) - 1;
        return Math.min(top, max);
      }
    }
    return max;
  }

  /** Both histograms' samples together. */
  public HistogramSnapshot plus(HistogramSnapshot other) {
    long[] merged = buckets.clone();
    for (int b = 0; b < merged.length; b++) {
      merged[b] += other.buckets[b];
    }
    return new HistogramSnapshot(
        merged, count + other.count, sum + other.sum, Math.max(max, other.max));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HistogramSnapshot h
        && Arrays.equals(buckets, h.buckets)
        && count == h.count
        && sum == h.sum
        && max == h.max;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(buckets) * 31 + Long.hashCode(count ^ sum ^ max);
  }

  @Override
  public String toString() {
    return "Histogram[count=" + count + ", sum=" + sum + ", max=" + max + "]";
  }
}
