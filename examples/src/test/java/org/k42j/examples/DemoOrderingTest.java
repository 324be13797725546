package org.k42j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoOrderingTest {
  private static Map<DemoForm, Double> rates(Object... formsAndRates) {
    Map<DemoForm, Double> rates = new EnumMap<>(DemoForm.class);
    for (int i = 0; i < formsAndRates.length; i += 2) {
      rates.put((DemoForm) formsAndRates[i], ((Number) formsAndRates[i + 1]).doubleValue());
    }
    return rates;
  }

  @Test
  void agreesWhenEveryTierBeatsEveryLaterOneWhateverTheOrderWithinATier() {
    Map<DemoForm, Double> rates =
        rates(
            DemoForm.COUNTER_DEDICATED, 280e6,
            DemoForm.COUNTER_LONG_ADDER, 100e6,
            DemoForm.COUNTER_EXCLUSIVE, 96e6,
            DemoForm.COUNTER_THREAD_SAFE, 103e6,
            DemoForm.COUNTER_ATOMIC_LONG, 29e6);
    assertNull(DemoOrdering.COUNTER.disagreement(rates));
  }

  @Test
  void namesTheFirstPairThatDisagrees() {
    Map<DemoForm, Double> rates =
        rates(
            DemoForm.STATS_EXCLUSIVE, 10e6,
            DemoForm.STATS_SYNCHRONIZED, 20e6);
    assertEquals(
        "clustered, exclusive rep (10.0 M/s) did not beat shared (synchronized) (20.0 M/s)",
        new DemoOrdering(
                "stats",
                List.of(Set.of(DemoForm.STATS_EXCLUSIVE), Set.of(DemoForm.STATS_SYNCHRONIZED)),
                Set.of())
            .disagreement(rates));
  }

  @Test
  void describesItsTiersFastestFirst() {
    assertEquals(
        "clustered, exclusive, dedicated > JDK LongAdder ~ clustered, exclusive rep ~ clustered,"
            + " thread-safe rep > shared (AtomicLong)",
        DemoOrdering.COUNTER.describe());
    assertEquals(
        List.of(
            DemoForm.COUNTER_ATOMIC_LONG,
            DemoForm.COUNTER_LONG_ADDER,
            DemoForm.COUNTER_EXCLUSIVE,
            DemoForm.COUNTER_THREAD_SAFE,
            DemoForm.COUNTER_DEDICATED),
        DemoOrdering.COUNTER.forms());
    assertEquals(
        List.of(DemoForm.STATS_SYNCHRONIZED, DemoForm.STATS_EXCLUSIVE, DemoForm.STATS_DEDICATED),
        DemoOrdering.STATS.forms());
    assertEquals(
        "clustered, exclusive rep > shared (synchronized) (not ranked: clustered, exclusive,"
            + " dedicated)",
        DemoOrdering.STATS.describe());
    assertEquals(
        "clustered, exclusive rep > shared (synchronized)",
        DemoOrdering.STATS_OVERSUBSCRIBED.describe());
  }
}
