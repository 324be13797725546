package org.k42j.examples.stats;

import java.util.HashMap;
import java.util.Map;
import org.k42j.simmarks.ModeledLine;
import org.k42j.simmarks.ModeledLock;

/**
 * Request statistics the conventional way (the "before"): one map of per-endpoint tallies behind
 * one lock. Every request from every thread takes the same monitor and writes the same few cache
 * lines, so throughput stops growing, and then falls, as threads are added.
 *
 * <p>Invariant: {@code endpoints} is read and written only while holding {@code this}; every
 * operation is atomic, so a snapshot is exact at the moment it is taken.
 *
 * <p>The monitor and the tallies are marked for the NUMA simulation ({@link ModeledLock}, {@link
 * ModeledLine}); outside a simulation the marks compile to nothing.
 */
public final class SynchronizedRequestStats implements RequestStats {
  private final Map<String, EndpointTally> endpoints = new HashMap<>();
  private final ModeledLock monitor = new ModeledLock();
  private final ModeledLine tallies = new ModeledLine(); // the map and the tallies it writes

  @Override
  public synchronized void record(String endpoint, long latencyNanos, boolean error) {
    EndpointTally.checkRequest(endpoint, latencyNanos);
    monitor.acquire();
    try {
      tallies.write();
      endpoints.computeIfAbsent(endpoint, name -> new EndpointTally()).record(latencyNanos, error);
    } finally {
      monitor.release();
    }
  }

  @Override
  public synchronized StatsSnapshot snapshot() {
    monitor.acquire();
    try {
      tallies.read();
      return StatsSnapshot.of(endpoints);
    } finally {
      monitor.release();
    }
  }

  @Override
  public synchronized void reset() {
    monitor.acquire();
    try {
      tallies.write();
      endpoints.clear();
    } finally {
      monitor.release();
    }
  }
}
