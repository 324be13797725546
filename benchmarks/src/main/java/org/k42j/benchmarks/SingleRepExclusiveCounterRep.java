package org.k42j.benchmarks;

import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Rep;

/**
 * The one rep of a {@link SingleRepExclusiveCounter}: plain sequential code, entered by one thread
 * at a time through the runtime's guard. Invariant: {@code count} is the number of increments since
 * creation or the last reset.
 */
@Rep(policy = Policy.SINGLE, concurrency = Concurrency.EXCLUSIVE)
final class SingleRepExclusiveCounterRep implements SingleRepExclusiveCounter {
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
