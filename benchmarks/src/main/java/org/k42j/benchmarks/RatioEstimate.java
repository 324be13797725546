package org.k42j.benchmarks;

/**
 * A ratio of two measured scores with the interval their 99.9% confidence intervals allow.
 *
 * <p>The interval is the conservative one: both scores at opposite ends of their own intervals. It
 * is wider than a propagated error, and it is what "the target holds whatever the noise" means.
 *
 * @param value the ratio of the two means
 * @param low the smallest ratio the two intervals allow (NaN when an error is unknown)
 * @param high the largest (NaN when an error is unknown; infinite when the divisor's interval
 *     reaches zero)
 */
record RatioEstimate(double value, double low, double high) {

  /** How a ratio reads. */
  enum Kind {
    /** Time per operation over the baseline's: below 1 is faster. */
    TIME,
    /** Throughput over the baseline's (the baseline's time over this one's): above 1 is faster. */
    THROUGHPUT
  }

  /** The ratio of {@code measured} to {@code baseline} in the sense of {@code kind}. */
  static RatioEstimate of(Measurement measured, Measurement baseline, Kind kind) {
    return kind == Kind.TIME
        ? quotient(measured.score(), measured.error(), baseline.score(), baseline.error())
        : quotient(baseline.score(), baseline.error(), measured.score(), measured.error());
  }

  /** {@code a / b} with errors {@code ea}, {@code eb}. */
  static RatioEstimate quotient(double a, double ea, double b, double eb) {
    double value = a / b;
    if (Double.isNaN(ea) || Double.isNaN(eb)) {
      return new RatioEstimate(value, Double.NaN, Double.NaN);
    }
    double low = (a - ea) / (b + eb);
    double high = b - eb > 0 ? (a + ea) / (b - eb) : Double.POSITIVE_INFINITY;
    return new RatioEstimate(value, Math.max(0, low), high);
  }

  boolean hasInterval() {
    return !Double.isNaN(low) && !Double.isNaN(high);
  }
}
