package org.k42j.it.roots;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.OnRoot;
import org.k42j.annotations.Reduce;

/**
 * A budget whose root has a no-argument constructor besides a configured one: the dispatcher keeps
 * its public no-argument constructor and service entry, and the factory has both creates.
 */
@ClusteredObject
public interface Budget {
  void spend(long amount);

  @Gather(reduce = Reduce.SUM)
  long spent();

  @OnRoot
  long cap();
}
