package org.k42j.examples.metrics;

import org.k42j.annotations.Combiner;

/**
 * Folds per-processor snapshots into one: the gather of {@code snapshot()} in both clustered forms.
 */
public final class MergeMetrics implements Combiner<MetricsSnapshot> {
  @Override
  public MetricsSnapshot identity() {
    return MetricsSnapshot.empty();
  }

  @Override
  public MetricsSnapshot combine(MetricsSnapshot accumulated, MetricsSnapshot next) {
    return accumulated.plus(next);
  }
}
