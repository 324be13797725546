package org.k42j.it.routing;

import org.k42j.annotations.Rep;

/** One processor's part of a {@link Meter}. */
@Rep
public final class MeterRep implements Meter {
  private long count;

  public MeterRep() {}

  @Override
  public void add(long amount) {
    count += amount;
  }

  @Override
  public long sum() {
    return count;
  }

  @Override
  public double summedDoubles() {
    return (double) count;
  }
}
