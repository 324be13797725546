package org.k42j.it.routing;

import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Rep;

/** Counts what its processor recorded; overrides only {@link #label} of the default methods. */
@Rep(concurrency = Concurrency.EXCLUSIVE)
public final class UsageRep implements Usage {
  private long count;

  public UsageRep() {}

  @Override
  public void record(long amount) {
    count += amount;
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public String label() {
    return "rep holding " + count;
  }
}
