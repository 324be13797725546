package sample.registry;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.OnRoot;
import org.k42j.annotations.Reduce;

/** Hands out one id per name; names are shared on the root, lookups cached per node. */
@ClusteredObject
public interface Registry {
  long idOf(String name);

  @OnRoot
  int registeredNames();

  @Gather(reduce = Reduce.SUM)
  long lookups();
}
