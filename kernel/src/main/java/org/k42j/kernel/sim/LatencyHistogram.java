package org.k42j.kernel.sim;

/**
 * Operation latencies in picoseconds, counted in log-linear buckets: exact below {@value #SUB}
 * picoseconds, then {@value #SUB} buckets per power of two (a relative error under 1/{@value
 * #SUB}), so a run of any length keeps a fixed few kilobytes and needs no sort. Percentiles report
 * a bucket's lower bound. Single-threaded (the engine's thread).
 */
final class LatencyHistogram {
  static final int SUB = 128;
  private static final int SUB_BITS = 7;
  private final long[] counts = new long[(64 - SUB_BITS + 1) * SUB];
  private long total;
  private double sum;

  void add(long picos) {
    counts[index(picos)]++;
    total++;
    sum += picos;
  }

  static int index(long value) {
    if (value < SUB) {
      return (int) value;
    }
    int shift = 63 - Long.numberOfLeadingZeros(value) - SUB_BITS; // value >>> shift in [SUB, 2 SUB)
    return (shift + 1) * SUB + (int) (value >>> shift) - SUB;
  }

  static long lowerBound(int index) {
    if (index < SUB) {
      return index;
    }
    int shift = index / SUB - 1;
    long mantissa = index % SUB + SUB;
    return mantissa << shift;
  }

  double mean() {
    return total == 0 ? 0 : sum / total;
  }

  /** The smallest bucket bound below which at least {@code fraction} of the values lie. */
  long percentile(double fraction) {
    long rank = Math.max(1, (long) Math.ceil(fraction * total));
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return lowerBound(i);
      }
    }
    return 0;
  }
}
