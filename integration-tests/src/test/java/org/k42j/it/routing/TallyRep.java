package org.k42j.it.routing;

import org.k42j.annotations.Rep;

/** Returns itself from the inherited {@code add}. */
@Rep
public final class TallyRep implements Tally {
  private long total;

  public TallyRep() {}

  @Override
  public Tally add(long delta) {
    total += delta;
    return this;
  }

  @Override
  public long total() {
    return total;
  }
}
