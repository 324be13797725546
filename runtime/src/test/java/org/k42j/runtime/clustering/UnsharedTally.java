package org.k42j.runtime.clustering;

/**
 * An existing class with every method of {@link Tally} but {@code shared()}, which a declaration
 * runs on the root: it does not implement {@link Tally}, and needs no {@code shared()} of its own.
 */
public class UnsharedTally {
  private long total;
  private long largest = Long.MIN_VALUE;
  private boolean allPositive = true;

  public void add(long delta) {
    total += delta;
    largest = Math.max(largest, delta);
    allPositive &= delta > 0;
  }

  public long total() {
    return total;
  }

  public long largest() {
    return largest;
  }

  public boolean allPositive() {
    return allPositive;
  }

  public String describe() {
    return "[" + total + "]";
  }

  public void reset() {
    total = 0;
    largest = Long.MIN_VALUE;
    allPositive = true;
  }
}
