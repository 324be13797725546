package org.k42j.examples.stats;

import java.util.HashMap;
import java.util.Map;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Rep;

/**
 * One processor's share of a {@link ClusteredRequestStats}: the body of {@link
 * SynchronizedRequestStats} without {@code synchronized}. The rep is exclusive, so the runtime lets
 * one thread at a time into it, and only threads on this rep's processor ever contend for it.
 *
 * <p>Invariant: {@code endpoints} holds the tallies of the requests recorded through this rep since
 * it was created or last reset; it is touched only by the one thread the runtime lets in.
 */
@Rep(concurrency = Concurrency.EXCLUSIVE)
final class ClusteredRequestStatsRep implements ClusteredRequestStats {
  private final Map<String, EndpointTally> endpoints = new HashMap<>();

  @Override
  public void record(String endpoint, long latencyNanos, boolean error) {
    EndpointTally.checkRequest(endpoint, latencyNanos);
    endpoints.computeIfAbsent(endpoint, name -> new EndpointTally()).record(latencyNanos, error);
  }

  @Override
  public StatsSnapshot snapshot() {
    return StatsSnapshot.of(endpoints);
  }

  @Override
  public void reset() {
    endpoints.clear();
  }
}
