package org.k42j.examples.stats;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The statistics of every endpoint at one moment, by endpoint name in sorted order. Immutable; two
 * snapshots are equal when they hold the same endpoints with equal statistics, whichever {@link
 * RequestStats} made them.
 *
 * <pre>{@code
 * StatsSnapshot all = stats.snapshot();
 * all.endpoints().forEach((name, s) -> System.out.println(name + " " + s.count()));
 * }</pre>
 *
 * @param endpoints the statistics per endpoint name (an unmodifiable sorted copy)
 */
public record StatsSnapshot(SortedMap<String, EndpointStats> endpoints) implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final StatsSnapshot EMPTY = new StatsSnapshot(new TreeMap<>());

  /** Takes an unmodifiable sorted copy of {@code endpoints}. */
  public StatsSnapshot {
    endpoints = Collections.unmodifiableSortedMap(new TreeMap<>(endpoints));
  }

  /** The snapshot with no endpoint. */
  public static StatsSnapshot empty() {
    return EMPTY;
  }

  /** The snapshot of live tallies, taken by their owner (under its lock or in its rep). */
  static StatsSnapshot of(Map<String, EndpointTally> tallies) {
    TreeMap<String, EndpointStats> endpoints = new TreeMap<>();
    tallies.forEach((name, tally) -> endpoints.put(name, tally.toStats()));
    return new StatsSnapshot(endpoints);
  }

  /** The statistics of one endpoint; {@link EndpointStats#NONE} if it has none. */
  public EndpointStats endpoint(String name) {
    return endpoints.getOrDefault(name, EndpointStats.NONE);
  }

  /** Requests recorded over all endpoints. */
  public long totalRequests() {
    return endpoints.values().stream().mapToLong(EndpointStats::count).sum();
  }

  /** Failed requests over all endpoints. */
  public long totalErrors() {
    return endpoints.values().stream().mapToLong(EndpointStats::errors).sum();
  }

  /** Both snapshots together: per endpoint, the statistics of the requests of both. */
  public StatsSnapshot plus(StatsSnapshot other) {
    if (other.endpoints.isEmpty()) {
      return this;
    }
    if (endpoints.isEmpty()) {
      return other;
    }
    TreeMap<String, EndpointStats> merged = new TreeMap<>(endpoints);
    other.endpoints.forEach((name, stats) -> merged.merge(name, stats, EndpointStats::plus));
    return new StatsSnapshot(merged);
  }
}
