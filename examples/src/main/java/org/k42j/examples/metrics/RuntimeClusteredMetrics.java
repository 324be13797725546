package org.k42j.examples.metrics;

import org.k42j.annotations.Reduce;
import org.k42j.runtime.clustering.ClusteredType;
import org.k42j.runtime.clustering.Clustering;

/**
 * {@link LockedMetrics} clustered at run time, its source untouched: one instance per processor, so
 * each processor's counter updates take an uncontended lock on its own maps; reading a counter sums
 * every processor's, a snapshot merges every processor's, and reset runs on all of them.
 */
public final class RuntimeClusteredMetrics {
  /** The declaration, checked and compiled once. */
  static final ClusteredType<Metrics> TYPE =
      Clustering.of(Metrics.class)
          .repClass(LockedMetrics.class) // one instance of the original per processor
          .gather("counter", Reduce.SUM) // a name's count is the sum over processors
          .gather("snapshot", MergeMetrics.class) // fold every processor's snapshot
          .broadcast("reset") // forget on every processor
          .build();

  private RuntimeClusteredMetrics() {}

  /** A new clustered registry. */
  public static Metrics create() {
    return TYPE.create();
  }
}
