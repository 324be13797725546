package org.k42j.kernel.sim;

import org.k42j.annotations.Policy;
import org.k42j.annotations.Rep;

/** The one rep of a {@link SharedRepCounter}, entered through its guard. */
@Rep(policy = Policy.SINGLE)
final class SharedRepCounterRep implements SharedRepCounter {
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
