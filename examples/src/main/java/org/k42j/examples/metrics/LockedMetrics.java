package org.k42j.examples.metrics;

import org.k42j.simmarks.ModeledLine;
import org.k42j.simmarks.ModeledLock;

/**
 * The original metrics registry: every operation under one lock. Every counter update from every
 * thread takes the same monitor and writes the same maps, so it stops scaling with threads.
 *
 * <p>Invariant: {@code state} is touched only while holding {@code this}; every operation is
 * atomic, so a snapshot is exact at one instant.
 *
 * <p>The monitor and the state it guards are marked for the NUMA simulation ({@link ModeledLock},
 * {@link ModeledLine}); outside a simulation the marks compile to nothing.
 */
public class LockedMetrics implements Metrics {
  private final MetricsState state = new MetricsState();
  private final ModeledLock monitor = new ModeledLock();
  private final ModeledLine stateLine = new ModeledLine(); // the maps' entries the operations touch

  @Override
  public synchronized void count(String name, long delta) {
    monitor.acquire();
    try {
      stateLine.write();
      state.count(name, delta);
    } finally {
      monitor.release();
    }
  }

  @Override
  public synchronized void recordLatency(String name, long nanos) {
    monitor.acquire();
    try {
      stateLine.write();
      state.recordLatency(name, nanos);
    } finally {
      monitor.release();
    }
  }

  @Override
  public synchronized long counter(String name) {
    monitor.acquire();
    try {
      stateLine.read();
      return state.counter(name);
    } finally {
      monitor.release();
    }
  }

  @Override
  public synchronized MetricsSnapshot snapshot() {
    monitor.acquire();
    try {
      stateLine.read();
      return state.snapshot();
    } finally {
      monitor.release();
    }
  }

  @Override
  public synchronized void reset() {
    monitor.acquire();
    try {
      stateLine.write();
      state.reset();
    } finally {
      monitor.release();
    }
  }
}
