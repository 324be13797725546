package org.k42j.examples.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.k42j.examples.ParallelRun;

/**
 * Eight threads, a million updates each, into each form of the registry under the default processor
 * identity (threads sharing reps): every counter and histogram must be exact.
 */
class MetricsContentionTest {
  private static final int THREADS = 8;
  private static final int OPERATIONS = 1_000_000;
  private static final String[] NAMES = {"a", "b", "c", "d"};

  private static void exactUnderContention(Supplier<Metrics> form) throws Exception {
    Metrics metrics = form.get();
    ParallelRun.timed(
        THREADS,
        thread -> {
          for (int op = 0; op < OPERATIONS; op++) {
            String name = NAMES[op & 3];
            if ((op & 4) == 0) {
              metrics.count(name, 1);
            } else {
              metrics.recordLatency(name, op & 1023);
            }
          }
        });
    MetricsSnapshot snapshot = metrics.snapshot();
    long perName = (long) THREADS * OPERATIONS / 8; // each name: 1 op in 8 counts, 1 in 8 records
    for (String name : NAMES) {
      assertEquals(perName, snapshot.counters().get(name), name);
      assertEquals(perName, metrics.counter(name), name);
      assertEquals(perName, snapshot.histograms().get(name).count(), name);
    }
    long latencySum = 0;
    for (int op = 0; op < OPERATIONS; op++) {
      if ((op & 4) != 0) {
        latencySum += op & 1023;
      }
    }
    long total = 0;
    for (String name : NAMES) {
      total += snapshot.histograms().get(name).sum();
    }
    assertEquals(THREADS * latencySum, total);
  }

  @Test
  void theRunTimeClusteredRegistryIsExactUnderContention() throws Exception {
    exactUnderContention(RuntimeClusteredMetrics::create);
  }

  @Test
  void theAnnotationClusteredRegistryIsExactUnderContention() throws Exception {
    exactUnderContention(ClusteredMetrics_Factory::create);
  }

  @Test
  void theLockedRegistryIsExactUnderContention() throws Exception {
    exactUnderContention(LockedMetrics::new);
  }
}
