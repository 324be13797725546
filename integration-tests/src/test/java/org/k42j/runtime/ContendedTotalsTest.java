package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.k42j.annotations.Policy;
import org.k42j.runtime.internal.RepProbe;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.Variant;
import org.k42j.runtime.testing.Workers;

/**
 * Eight threads times a million calls on one clustered object, for every policy and both rep
 * concurrencies, on eight thread slots over two nodes of four: the total is exact (no lost update
 * in an exclusive rep, none in a thread-safe one), concurrent gathers only ever see a total that
 * grows, and the reps made are exactly those the policy allows.
 */
class ContendedTotalsTest {
  private static final int THREADS = 8;
  private static final int OPS = 1_000_000;
  private static final int PROCESSORS = 8;
  private static final UniformTopology TWO_NODES_OF_FOUR = new UniformTopology(2, 4);

  static Variant[] variants() {
    return Variant.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void eightThreadsOfAMillionCallsSumExactly(Variant variant) throws Exception {
    try (var machine = Processors.install(new ThreadSlotIdentity(PROCESSORS), TWO_NODES_OF_FOUR)) {
      int createdBefore = variant.created();
      Variant.Tally tally = variant.create();
      AtomicLong gathers = new AtomicLong();

      Workers.run(
          THREADS,
          t -> {
            long lastSeen = 0;
            for (int i = 0; i < OPS; i++) {
              if ((i & 1) == 0) {
                tally.increment();
              } else {
                tally.add(3);
              }
              if (t == 0 && (i & 0xFFFF) == 0) {
                long seen = tally.total();
                assertTrue(seen >= lastSeen, "a later gather saw less: " + seen + " < " + lastSeen);
                lastSeen = seen;
                gathers.incrementAndGet();
              }
            }
          });

      long expected = (long) THREADS * (OPS / 2) * (1 + 3);
      assertEquals(expected, tally.total());
      assertTrue(gathers.get() > 0);

      RootStats stats = ClusteredObjects.stats(tally.handle());
      List<?> reps = RepProbe.reps(tally.handle());
      assertEquals(reps.size(), stats.reps());
      assertEquals(stats.reps(), variant.created() - createdBefore, "constructions = reps");
      assertTrue(
          stats.reps() >= 1 && stats.reps() <= maxReps(variant.policy()),
          stats.reps() + " reps under " + variant);
      assertEquals(
          variant.policy() == Policy.ADAPTIVE ? 1 + stats.adaptiveGrowths() : 0,
          variant.policy() == Policy.ADAPTIVE ? stats.reps() : stats.adaptiveGrowths(),
          "adaptive growths account for every rep beyond the first, and only under ADAPTIVE");
      Set<Integer> slots = new HashSet<>();
      for (Object rep : reps) {
        int slot = RepProbe.slot(rep);
        assertTrue(slots.add(slot), "two reps in slot " + slot);
        if (variant.policy() != Policy.ADAPTIVE) {
          int home = RepProbe.home(rep);
          assertEquals(
              variant.slotOf(home, TWO_NODES_OF_FOUR.nodeOf(home)),
              slot,
              "rep made on processor " + home);
        }
      }
      ClusteredObjects.destroy(tally.handle());
    }
  }

  private static int maxReps(Policy policy) {
    switch (policy) {
      case PER_NODE:
        return TWO_NODES_OF_FOUR.nodeCount();
      case PER_CLUSTER:
        return (PROCESSORS + Variant.CLUSTER_SIZE - 1) / Variant.CLUSTER_SIZE;
      case SINGLE:
        return 1;
      default:
        return PROCESSORS;
    }
  }
}
