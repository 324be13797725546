package org.k42j.kernel.sim;

import org.k42j.annotations.Rep;

/** One processor's part of a {@link SimCounter}: a plain long (one thread per processor). */
@Rep
final class SimCounterRep implements SimCounter {
  private long count;

  @Override
  public void increment() {
    count++;
  }

  @Override
  public long value() {
    return count;
  }
}
