package org.k42j.benchmarks.cluster;

import java.io.Serializable;
import org.k42j.annotations.ClusterWide;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.OnRoot;
import org.k42j.annotations.Reduce;

/** The counter {@link ClusterBenchmark} measures: the three routes of the cluster side. */
@ClusteredObject
@ClusterWide
public interface ClusterCounter extends Serializable {
  /** The calling processor's rep of this member. */
  void increment();

  /** Every rep of every member. */
  @ClusterWide
  @Gather(reduce = Reduce.SUM)
  long total();

  /** The cluster's root: adds {@code n}, returns the new value. */
  @OnRoot
  long addToRoot(long n);
}
