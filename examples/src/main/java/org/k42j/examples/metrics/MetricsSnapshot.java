package org.k42j.examples.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every counter and histogram at one moment, sorted by name. Immutable; two snapshots are equal
 * when they hold the same metrics with equal values, whichever {@link Metrics} made them.
 *
 * @param counters the counters by name (an unmodifiable sorted copy)
 * @param histograms the histograms by name (an unmodifiable sorted copy)
 */
public record MetricsSnapshot(
    SortedMap<String, Long> counters, SortedMap<String, HistogramSnapshot> histograms) {
  private static final MetricsSnapshot EMPTY =
      new MetricsSnapshot(new TreeMap<>(), new TreeMap<>());

  /** Takes unmodifiable sorted copies. */
  public MetricsSnapshot {
    counters = Collections.unmodifiableSortedMap(new TreeMap<>(counters));
    histograms = Collections.unmodifiableSortedMap(new TreeMap<>(histograms));
  }

  /** No metric. */
  public static MetricsSnapshot empty() {
    return EMPTY;
  }

  static MetricsSnapshot of(Map<String, long[]> counters, Map<String, Histogram> histograms) {
    TreeMap<String, Long> c = new TreeMap<>();
    counters.forEach((name, value) -> c.put(name, value[0]));
    TreeMap<String, HistogramSnapshot> h = new TreeMap<>();
    histograms.forEach((name, histogram) -> h.put(name, histogram.toSnapshot()));
    return new MetricsSnapshot(c, h);
  }

  /** Both snapshots together: counters added, histograms merged, by name. */
  public MetricsSnapshot plus(MetricsSnapshot other) {
    if (other.counters.isEmpty() && other.histograms.isEmpty()) {
      return this;
    }
    if (counters.isEmpty() && histograms.isEmpty()) {
      return other;
    }
    TreeMap<String, Long> c = new TreeMap<>(counters);
    other.counters.forEach((name, value) -> c.merge(name, value, Long::sum));
    TreeMap<String, HistogramSnapshot> h = new TreeMap<>(histograms);
    other.histograms.forEach((name, value) -> h.merge(name, value, HistogramSnapshot::plus));
    return new MetricsSnapshot(c, h);
  }
}
