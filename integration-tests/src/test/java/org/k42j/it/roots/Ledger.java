package org.k42j.it.roots;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/**
 * A contract whose root's only constructor takes nothing but declares a checked exception: the
 * factory's {@code create()} declares it too, and the dispatcher has no public no-argument
 * constructor for {@code ServiceLoader}.
 */
@ClusteredObject
public interface Ledger {
  void post(long amount);

  @Gather(reduce = Reduce.SUM)
  long balance();
}
