package org.k42j.runtime.clustering;

/**
 * An existing locked service that implements {@link Tally}: what a user ports. Its own {@code
 * shared()} counts its instances' calls and is replaced by the root's in clustered form.
 */
public class LockedTally implements Tally {
  private long total;
  private long largest = Long.MIN_VALUE;
  private boolean allPositive = true;
  private int describes;

  @Override
  public synchronized void add(long delta) {
    total += delta;
    largest = Math.max(largest, delta);
    allPositive &= delta > 0;
  }

  @Override
  public synchronized long total() {
    return total;
  }

  @Override
  public synchronized long largest() {
    return largest;
  }

  @Override
  public synchronized boolean allPositive() {
    return allPositive;
  }

  @Override
  public synchronized String describe() {
    return "[" + total + "]";
  }

  @Override
  public synchronized void reset() {
    total = 0;
    largest = Long.MIN_VALUE;
    allPositive = true;
  }

  @Override
  public synchronized int shared() {
    return ++describes;
  }
}
