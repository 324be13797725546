package org.k42j.examples.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.k42j.annotations.ExportState;
import org.k42j.annotations.ImportState;
import org.k42j.annotations.Rep;
import org.k42j.examples.stats.EndpointStats;
import org.k42j.examples.stats.StatsSnapshot;

/**
 * One processor's share of a member's {@link ClusterRequestStats}: tallies per endpoint and a block
 * of request ids. Exclusive, so one thread at a time is inside.
 *
 * <p>Invariant: {@code tallies} holds the requests recorded through this rep (and those it
 * imported) since the last reset; ids {@code nextId} to {@code blockEnd - 1} are this rep's alone.
 */
@Rep(root = IdBlocks.class)
final class ClusterRequestStatsRep extends ClusterRequestStats_RepBase
    implements ClusterRequestStats {
  private final Map<String, long[]> tallies = new HashMap<>();
  private long nextId;
  private long blockEnd;

  @Override
  public void record(String endpoint, long latencyNanos, boolean error) {
    Objects.requireNonNull(endpoint, "endpoint");
    if (latencyNanos < 0) {
      throw new IllegalArgumentException("latency " + latencyNanos + " ns is negative");
    }
    long[] tally = tallies.computeIfAbsent(endpoint, name -> new long[4]);
    tally[0]++;
    tally[1] += error ? 1 : 0;
    tally[2] += latencyNanos;
    tally[3] = Math.max(tally[3], latencyNanos);
  }

  @Override
  public long newRequestId() {
    if (nextId == blockEnd) {
      nextId = nextIdBlock(); // the root, in the cluster
      blockEnd = nextId + IdBlocks.SIZE;
    }
    return nextId++;
  }

  @Override
  public StatsSnapshot snapshot() {
    TreeMap<String, EndpointStats> endpoints = new TreeMap<>();
    tallies.forEach((name, t) -> endpoints.put(name, new EndpointStats(t[0], t[1], t[2], t[3])));
    return new StatsSnapshot(endpoints);
  }

  @Override
  public StatsSnapshot memberSnapshot() {
    return snapshot();
  }

  @Override
  public long requests() {
    long count = 0;
    for (long[] tally : tallies.values()) {
      count += tally[0];
    }
    return count;
  }

  @Override
  public void reset() {
    tallies.clear();
  }

  /** What a member that leaves hands on: this rep's statistics (its ids are simply not reused). */
  @ExportState
  StatsSnapshot exportStats() {
    return snapshot();
  }

  @ImportState
  void importStats(List<StatsSnapshot> exported) {
    for (StatsSnapshot snapshot : exported) {
      snapshot
          .endpoints()
          .forEach(
              (name, stats) -> {
                long[] tally = tallies.computeIfAbsent(name, n -> new long[4]);
                tally[0] += stats.count();
                tally[1] += stats.errors();
                tally[2] += stats.totalLatencyNanos();
                tally[3] = Math.max(tally[3], stats.maxLatencyNanos());
              });
    }
  }
}
