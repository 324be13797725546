package org.k42j.it.routing;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/** Inherits a fluent {@code add} whose result, as a member of this contract, is the contract. */
@ClusteredObject
public interface Tally extends Builder<Tally> {
  @Gather(reduce = Reduce.SUM)
  long total();
}
