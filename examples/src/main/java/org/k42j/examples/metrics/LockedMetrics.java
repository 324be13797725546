package org.k42j.examples.metrics;

/**
 * The original metrics registry: every operation under one lock. Every counter update from every
 * thread takes the same monitor and writes the same maps, so it stops scaling with threads.
 *
 * <p>Invariant: {@code state} is touched only while holding {@code this}; every operation is
 * atomic, so a snapshot is exact at one instant.
 */
public class LockedMetrics implements Metrics {
  private final MetricsState state = new MetricsState();

  @Override
  public synchronized void count(String name, long delta) {
    state.count(name, delta);
  }

  @Override
  public synchronized void recordLatency(String name, long nanos) {
    state.recordLatency(name, nanos);
  }

  @Override
  public synchronized long counter(String name) {
    return state.counter(name);
  }

  @Override
  public synchronized MetricsSnapshot snapshot() {
    return state.snapshot();
  }

  @Override
  public synchronized void reset() {
    state.reset();
  }
}
