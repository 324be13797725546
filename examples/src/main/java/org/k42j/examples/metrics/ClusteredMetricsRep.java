package org.k42j.examples.metrics;

import org.k42j.annotations.Rep;

/**
 * One processor's part of a {@link ClusteredMetrics}: the original's state without its lock. The
 * rep is exclusive (the default), so one thread at a time is inside it and the state needs none.
 */
@Rep
final class ClusteredMetricsRep implements ClusteredMetrics {
  private final MetricsState state = new MetricsState();

  @Override
  public void count(String name, long delta) {
    state.count(name, delta);
  }

  @Override
  public void recordLatency(String name, long nanos) {
    state.recordLatency(name, nanos);
  }

  @Override
  public long counter(String name) {
    return state.counter(name);
  }

  @Override
  public MetricsSnapshot snapshot() {
    return state.snapshot();
  }

  @Override
  public void reset() {
    state.reset();
  }
}
