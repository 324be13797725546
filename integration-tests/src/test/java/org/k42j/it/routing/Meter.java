package org.k42j.it.routing;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/**
 * A counter with {@code Number}'s conversions, as a port of {@code LongAdder} writes them: {@link
 * #doubleValue} converts the exact gathered sum, while {@link #summedDoubles} is the tempting wrong
 * form, a sum of each rep's count converted to double, which rounds at every step.
 */
@ClusteredObject
public interface Meter {
  void add(long amount);

  @Gather(reduce = Reduce.SUM)
  long sum();

  /** The wrong way: each rep's count as a double, summed in doubles. */
  @Gather(reduce = Reduce.SUM)
  double summedDoubles();

  /** The right way: the exact total, converted once. Runs on the handle. */
  default double doubleValue() {
    return (double) sum();
  }
}
