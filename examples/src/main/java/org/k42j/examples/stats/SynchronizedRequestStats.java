package org.k42j.examples.stats;

import java.util.HashMap;
import java.util.Map;

/**
 * Request statistics the conventional way (the "before"): one map of per-endpoint tallies behind
 * one lock. Every request from every thread takes the same monitor and writes the same few cache
 * lines, so throughput stops growing, and then falls, as threads are added.
 *
 * <p>Invariant: {@code endpoints} is read and written only while holding {@code this}; every
 * operation is atomic, so a snapshot is exact at the moment it is taken.
 */
public final class SynchronizedRequestStats implements RequestStats {
  private final Map<String, EndpointTally> endpoints = new HashMap<>();

  @Override
  public synchronized void record(String endpoint, long latencyNanos, boolean error) {
    EndpointTally.checkRequest(endpoint, latencyNanos);
    endpoints.computeIfAbsent(endpoint, name -> new EndpointTally()).record(latencyNanos, error);
  }

  @Override
  public synchronized StatsSnapshot snapshot() {
    return StatsSnapshot.of(endpoints);
  }

  @Override
  public synchronized void reset() {
    endpoints.clear();
  }
}
