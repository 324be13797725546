package org.k42j.benchmarks;

import org.k42j.annotations.Policy;
import org.k42j.annotations.Rep;

/**
 * A rep of an {@link AdaptiveCounter}: plain sequential code, entered one thread at a time through
 * the runtime's guard. Invariant: {@code count} is the number of increments made through this rep
 * since it was created or last reset.
 */
@Rep(policy = Policy.ADAPTIVE)
final class AdaptiveCounterRep implements AdaptiveCounter {
  private long count;

  @Override
  public void increment() {
    count++;
  }

  @Override
  public long value() {
    return count;
  }

  @Override
  public void reset() {
    count = 0;
  }
}
