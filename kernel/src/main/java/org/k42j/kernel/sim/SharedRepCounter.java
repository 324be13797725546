package org.k42j.kernel.sim;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/** A clustered counter with a single shared exclusive rep: every call takes its guard. */
@ClusteredObject
interface SharedRepCounter {
  /** Adds one on the shared rep, under its guard. */
  void increment();

  /** The shared rep's count. */
  @Gather(reduce = Reduce.SUM)
  long value();
}
