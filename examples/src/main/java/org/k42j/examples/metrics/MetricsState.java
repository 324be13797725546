package org.k42j.examples.metrics;

import java.util.HashMap;
import java.util.Map;

/**
 * The registry's state and operations, without any locking: the part the port does not touch.
 * {@link LockedMetrics} runs it under one lock; each rep of the clustered forms owns one.
 */
final class MetricsState {
  private final Map<String, long[]> counters = new HashMap<>();
  private final Map<String, Histogram> histograms = new HashMap<>();

  void count(String name, long delta) {
    java.util.Objects.requireNonNull(name, "name");
    counters.computeIfAbsent(name, n -> new long[1])[0] += delta;
  }

  void recordLatency(String name, long nanos) {
    Histogram.checkSample(name, nanos);
    histograms.computeIfAbsent(name, n -> new Histogram()).record(nanos);
  }

  long counter(String name) {
    long[] value = counters.get(name);
    return value == null ? 0 : value[0];
  }

  MetricsSnapshot snapshot() {
    return MetricsSnapshot.of(counters, histograms);
  }

  void reset() {
    counters.clear();
    histograms.clear();
  }
}
