package org.k42j.it.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.k42j.processor.testing.LoadedClasses;
import org.k42j.processor.testing.PinnedIdentity;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;

/** The generated gauge (per-cluster reps, built-in reductions), loaded and called. */
class GaugeBehaviourTest {
  private static final String GAUGE = "sample.gauge.Gauge";

  private static final LoadedClasses loaded =
      LoadedClasses.on(GaugeBehaviourTest.class.getClassLoader());

  private static Object gather(Object gauge, String method) {
    return loaded.callUnchecked(GAUGE, gauge, method);
  }

  @Test
  void withoutRepsReductionsReturnTheirIdentities() {
    Object gauge = loaded.callStaticUnchecked("sample.gauge.Gauge_Factory", "create");
    assertEquals(Double.POSITIVE_INFINITY, gather(gauge, "lowest"));
    assertEquals(Double.NEGATIVE_INFINITY, gather(gauge, "highest"));
    assertEquals(0L, gather(gauge, "readings"));
    assertEquals(Integer.MIN_VALUE, gather(gauge, "busiest"));
    assertEquals(true, gather(gauge, "allCalm"));
    assertEquals(false, gather(gauge, "anyAlarm"));
  }

  @Test
  void reductionsFoldTheRepsOfEveryCluster() throws Exception {
    // Four processors in clusters of two: two reps.
    try (Processors.Installation machine = PinnedIdentity.install(4)) {
      Object gauge = loaded.callStaticUnchecked("sample.gauge.Gauge_Factory", "create");
      double[] readings = {5, 150, -2, 7};
      for (int processor = 0; processor < 4; processor++) {
        double reading = readings[processor];
        PinnedIdentity.on(processor, () -> loaded.callUnchecked(GAUGE, gauge, "record", reading));
      }
      PinnedIdentity.on(3, () -> loaded.callUnchecked(GAUGE, gauge, "record", 1.0));
      assertEquals(2, ClusteredObjects.stats(gauge).reps());
      assertEquals(-2.0, gather(gauge, "lowest"));
      assertEquals(150.0, gather(gauge, "highest"));
      assertEquals(5L, gather(gauge, "readings"));
      assertEquals(3, gather(gauge, "busiest"));
      assertEquals(false, gather(gauge, "allCalm"));
      assertEquals(true, gather(gauge, "anyAlarm"));
    }
  }
}
