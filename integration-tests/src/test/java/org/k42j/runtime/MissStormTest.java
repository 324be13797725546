package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.k42j.annotations.Policy;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.CounterRep;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.internal.RepProbe;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Variant;
import org.k42j.runtime.testing.Workers;

/**
 * 128 threads on 64 declared processors (two per processor) released at once on a fresh object,
 * round after round: every processor misses at the same moment, and each rep slot still gets
 * exactly one rep, as many as the policy says (per processor 64, per node 4 of 16, per cluster of 4
 * 16, single 1).
 */
class MissStormTest {
  private static final int PROCESSORS = 64;
  private static final int THREADS = 2 * PROCESSORS;
  private static final int ROUNDS = 20;
  private static final UniformTopology FOUR_NODES = new UniformTopology(4, 16);

  static Variant[] variants() {
    return Variant.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void missStormCreatesExactlyOneRepPerSlot(Variant variant) throws Exception {
    try (var machine = Processors.install(new DeclaredIdentity(PROCESSORS), FOUR_NODES)) {
      Variant.Tally[] object = new Variant.Tally[1];
      int[] createdBefore = new int[1];
      int[] rounds = new int[1];
      CyclicBarrier round =
          new CyclicBarrier(
              THREADS,
              () -> {
                if (object[0] != null) {
                  checkRound(variant, object[0], variant.created() - createdBefore[0]);
                }
                if (rounds[0]++ < ROUNDS) {
                  createdBefore[0] = variant.created();
                  object[0] = variant.create();
                }
              });

      Workers.run(
          THREADS,
          t -> {
            DeclaredIdentity.declare(t % PROCESSORS);
            for (int r = 0; r < ROUNDS; r++) {
              round.await();
              Variant.Tally tally = object[0];
              tally.increment();
              tally.add(2);
            }
            round.await();
          });
      assertEquals(ROUNDS + 1, rounds[0]);
    }
  }

  private static void checkRound(Variant variant, Variant.Tally tally, int constructed) {
    assertEquals(3L * THREADS, tally.total(), "every call of the storm counted once");
    RootStats stats = ClusteredObjects.stats(tally.handle());
    assertEquals(stats.reps(), constructed, "constructions = reps");
    List<?> reps = RepProbe.reps(tally.handle());
    assertEquals(stats.reps(), reps.size());
    Set<Integer> slots = new HashSet<>();
    for (Object rep : reps) {
      assertTrue(slots.add(RepProbe.slot(rep)), "two reps in one slot");
    }
    if (variant.policy() == Policy.ADAPTIVE) {
      assertEquals(1 + stats.adaptiveGrowths(), stats.reps(), "one shared rep plus one per growth");
      assertTrue(stats.reps() <= PROCESSORS);
      for (Object rep : reps) {
        int slot = RepProbe.slot(rep);
        assertTrue(slot >= 0 && slot < PROCESSORS, "adaptive slots are processor ids: " + slot);
      }
    } else {
      Set<Integer> expected =
          IntStream.range(0, PROCESSORS)
              .mapToObj(p -> variant.slotOf(p, FOUR_NODES.nodeOf(p)))
              .collect(Collectors.toSet());
      assertEquals(expected, slots, variant + ": one rep per slot the policy maps to");
      assertEquals(expectedReps(variant.policy()), stats.reps());
      for (Object rep : reps) {
        int home = RepProbe.home(rep);
        assertEquals(variant.slotOf(home, FOUR_NODES.nodeOf(home)), RepProbe.slot(rep));
      }
    }
    ClusteredObjects.destroy(tally.handle());
  }

  private static int expectedReps(Policy policy) {
    switch (policy) {
      case PER_PROCESSOR:
        return PROCESSORS;
      case PER_NODE:
        return FOUR_NODES.nodeCount();
      case PER_CLUSTER:
        return (PROCESSORS + Variant.CLUSTER_SIZE - 1) / Variant.CLUSTER_SIZE;
      case SINGLE:
        return 1;
      default:
        throw new AssertionError(policy);
    }
  }

  @Test
  void exclusiveIdentityInstallsPerProcessorRepsWithoutAGuard() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(PROCESSORS, true), UniformTopology.single())) {
      int before = CounterRep.CREATED.get();
      Counter counter = Counter_Factory.create();
      Workers.run(
          PROCESSORS,
          t -> {
            DeclaredIdentity.declare(t);
            for (int i = 0; i < 10_000; i++) {
              counter.increment();
            }
          });
      assertEquals(PROCESSORS * 10_000L, counter.value());
      assertEquals(PROCESSORS, CounterRep.CREATED.get() - before);
      Object[] row = row(counter);
      List<?> reps = RepProbe.reps(counter);
      for (int p = 0; p < PROCESSORS; p++) {
        assertSame(reps.get(p), row[p], "processor " + p + "'s entry is its rep, not a guard");
      }
      ClusteredObjects.destroy(counter);
    }
  }

  /** The dispatcher's current translation row. */
  static Object[] row(Object handle) throws ReflectiveOperationException {
    Field field = handle.getClass().getDeclaredField("row");
    field.setAccessible(true);
    return (Object[]) field.get(handle);
  }
}
