package org.k42j.examples.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.examples.SideBySide;
import org.k42j.runtime.ClusteredObjects;

/**
 * The three forms of the metrics registry answer alike: the same operations, from four processors,
 * give the same counters, snapshots and exceptions at every step.
 */
class PortedMetricsEquivalenceTest {
  private static final int PROCESSORS = 4;
  private static final String[] NAMES = {"http.requests", "http.errors", "db.calls", "cache.hits"};

  private SideBySide<Metrics> forms;

  @BeforeEach
  void threeForms() throws Exception {
    forms =
        new SideBySide<Metrics>(PROCESSORS)
            .form("locked", new LockedMetrics())
            .form("run-time clustered", RuntimeClusteredMetrics.create())
            .form("annotation clustered", ClusteredMetrics_Factory.create());
  }

  @AfterEach
  void stop() {
    forms.close();
  }

  private Object on(int processor, Function<Metrics, Object> operation) throws Exception {
    return forms.same(processor, operation, "on processor " + processor).result();
  }

  @Test
  void countersAndHistogramsFromEveryProcessorAddUp() throws Exception {
    on(0, m -> run(() -> m.count("requests", 3)));
    on(1, m -> run(() -> m.count("requests", 4)));
    on(2, m -> run(() -> m.recordLatency("latency", 1_000)));
    on(3, m -> run(() -> m.recordLatency("latency", 3)));
    on(3, m -> run(() -> m.recordLatency("latency", 0)));
    assertEquals(7L, on(2, m -> m.counter("requests")));
    assertEquals(0L, on(1, m -> m.counter("never")));
    MetricsSnapshot snapshot = (MetricsSnapshot) on(1, Metrics::snapshot);
    assertEquals(7L, snapshot.counters().get("requests"));
    HistogramSnapshot latency = snapshot.histograms().get("latency");
    assertEquals(3, latency.count());
    assertEquals(1_003, latency.sum());
    assertEquals(1_000, latency.max());
    assertEquals(1, latency.buckets()[Histogram.bucketOf(1_000)]);
    assertEquals(1_000, latency.quantileUpperBound(1.0));
    assertEquals(3, latency.quantileUpperBound(0.5));
    for (String name : forms.forms().keySet()) {
      Metrics form = forms.forms().get(name);
      if (!(form instanceof LockedMetrics)) {
        assertEquals(PROCESSORS, ClusteredObjects.stats(form).reps(), name);
      }
    }
  }

  @Test
  void resetForgetsEveryProcessorsMetrics() throws Exception {
    for (int p = 0; p < PROCESSORS; p++) {
      int processor = p;
      on(p, m -> run(() -> m.count("c" + processor, processor)));
    }
    on(2, m -> run(m::reset));
    assertEquals(MetricsSnapshot.empty(), on(0, Metrics::snapshot));
  }

  @Test
  void invalidArgumentsFailAlike() throws Exception {
    SideBySide.Outcome nullName = forms.same(1, m -> run(() -> m.count(null, 1)), "null name");
    assertEquals(NullPointerException.class, nullName.thrown());
    SideBySide.Outcome negative =
        forms.same(2, m -> run(() -> m.recordLatency("x", -1)), "negative latency");
    assertEquals(IllegalArgumentException.class, negative.thrown());
  }

  @Test
  void seededRandomMixesGiveTheSameAnswersAtEveryStep() throws Exception {
    for (long seed : new long[] {1, 2_026, 987_654_321}) {
      threeFormsAgain();
      Random random = new Random(seed);
      for (int i = 0; i < 2_000; i++) {
        int processor = random.nextInt(PROCESSORS);
        String name = NAMES[random.nextInt(NAMES.length)];
        int choice = random.nextInt(100);
        long value = random.nextInt(1 << random.nextInt(30));
        Function<Metrics, Object> operation;
        if (choice < 40) {
          operation = m -> run(() -> m.count(name, value));
        } else if (choice < 75) {
          operation = m -> run(() -> m.recordLatency(name, value));
        } else if (choice < 85) {
          operation = m -> m.counter(name);
        } else if (choice < 97) {
          operation = Metrics::snapshot;
        } else if (choice < 98) {
          operation = m -> run(() -> m.recordLatency(name, -value - 1));
        } else {
          operation = m -> run(m::reset);
        }
        forms.same(processor, operation, "seed " + seed + ", step " + i);
      }
    }
  }

  private void threeFormsAgain() throws Exception {
    stop();
    threeForms();
  }

  private static Object run(Runnable action) {
    action.run();
    return null;
  }
}
