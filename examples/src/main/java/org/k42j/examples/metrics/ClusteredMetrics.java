package org.k42j.examples.metrics;

import org.k42j.annotations.Broadcast;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/**
 * The metrics registry ported to the annotations: the same routes as {@link
 * RuntimeClusteredMetrics} declares, with the lock gone from the rep ({@link ClusteredMetricsRep}).
 * Create with {@code ClusteredMetrics_Factory.create()}.
 */
@ClusteredObject
public interface ClusteredMetrics extends Metrics {
  @Override
  @Gather(reduce = Reduce.SUM)
  long counter(String name);

  @Override
  @Gather(combiner = MergeMetrics.class)
  MetricsSnapshot snapshot();

  @Override
  @Broadcast
  void reset();
}
