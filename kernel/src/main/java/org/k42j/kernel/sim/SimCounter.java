package org.k42j.kernel.sim;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/** The bundled workloads' clustered counter: a local increment, a sum over every rep. */
@ClusteredObject
interface SimCounter {
  /** Adds one on the calling processor's rep. */
  void increment();

  /** The sum over every rep. */
  @Gather(reduce = Reduce.SUM)
  long value();
}
