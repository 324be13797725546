package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.k42j.annotations.Policy;
import org.k42j.runtime.fixture.exclusive.AdaptiveTally;
import org.k42j.runtime.fixture.exclusive.AdaptiveTallyRep;
import org.k42j.runtime.fixture.exclusive.AdaptiveTally_Factory;
import org.k42j.runtime.internal.DispatcherBase;
import org.k42j.runtime.internal.RepProbe;
import org.k42j.runtime.internal.RootCore;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Variant;
import org.k42j.runtime.testing.Workers;

/**
 * The adaptive policy: one rep shared by every processor until a processor shows contention, then a
 * rep of its own for that processor, never more than one per processor.
 */
class AdaptiveTest {
  @Test
  void startsWithOneSharedRepAndGivesAContendedProcessorItsOwn() {
    try (var machine = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      AdaptiveTally tally = AdaptiveTally_Factory.create();
      RootCore<?> root = RootCore.of(DispatcherBase.rootOf(tally));

      DeclaredIdentity.declare(5);
      tally.increment();
      DeclaredIdentity.declare(2);
      tally.add(10);
      RootStats stats = ClusteredObjects.stats(tally);
      assertEquals(1, stats.reps(), "every processor shares the first rep");
      assertEquals(0, stats.adaptiveGrowths());
      assertEquals(
          5, RepProbe.slot(RepProbe.reps(tally).get(0)), "the home slot is the first caller's");

      assertTrue(root.contended(2), "processor 2 got a rep of its own");
      assertEquals(2, ClusteredObjects.stats(tally).reps());
      assertEquals(1, ClusteredObjects.stats(tally).adaptiveGrowths());
      tally.add(100); // processor 2, now on its own rep
      List<?> reps = RepProbe.reps(tally);
      AdaptiveTallyRep own = (AdaptiveTallyRep) reps.get(0);
      AdaptiveTallyRep shared = (AdaptiveTallyRep) reps.get(1);
      assertEquals(2, RepProbe.slot(own));
      assertEquals(100, own.total());
      assertEquals(11, shared.total());

      assertFalse(root.contended(2), "already has its own");
      assertFalse(root.contended(5), "the home processor keeps the shared rep");
      assertEquals(2, ClusteredObjects.stats(tally).reps());
      assertEquals(1, ClusteredObjects.stats(tally).adaptiveGrowths());
      assertEquals(111, tally.total());

      try (var bigger = Processors.install(new DeclaredIdentity(64), UniformTopology.single())) {
        assertTrue(root.contended(40)); // beyond the row: grows it
        assertEquals(3, ClusteredObjects.stats(tally).reps());
        assertTrue(ClusteredObjects.stats(tally).rowLength() > 40);
        DeclaredIdentity.declare(40);
        tally.add(1000);
        assertEquals(1111, tally.total());
        assertEquals(3, ClusteredObjects.stats(tally).reps());
      }

      ClusteredObjects.destroy(tally);
      assertFalse(root.contended(3)); // after destroy: nothing
      assertEquals(3, ClusteredObjects.stats(tally).reps());
      assertThrows(ClusteredObjectDestroyedException.class, tally::increment);
      DeclaredIdentity.declare(0);
    }
  }

  @Test
  void contentionBeforeAnyCallMakesNoRep() {
    try (var machine = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      AdaptiveTally tally = AdaptiveTally_Factory.create();
      assertFalse(RootCore.of(DispatcherBase.rootOf(tally)).contended(3));
      assertEquals(0, ClusteredObjects.stats(tally).reps());
      ClusteredObjects.destroy(tally);
    }
  }

  static Variant[] adaptiveVariants() {
    return java.util.Arrays.stream(Variant.all())
        .filter(v -> v.policy() == Policy.ADAPTIVE)
        .toArray(Variant[]::new);
  }

  /**
   * Eight threads hammering one shared rep on eight slots: the guard (exclusive) or the rep's
   * compare-and-swap (thread-safe) reports contention, and processors get reps of their own.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("adaptiveVariants")
  void contentionGrowsRepsUpToOnePerProcessorAndKeepsTheTotalExact(Variant variant)
      throws Exception {
    try (var machine = Processors.install(new ThreadSlotIdentity(8), UniformTopology.single())) {
      Variant.Tally tally = variant.create();
      tally.increment();
      assertEquals(1, ClusteredObjects.stats(tally.handle()).reps());

      // Rounds until contention shows: on a busy host eight threads on two cores may each run a
      // whole round in their own time slice, meeting nobody; a minute bounds the wait.
      long rounds = 0;
      long deadline = System.nanoTime() + 60_000_000_000L;
      do {
        Workers.run(
            8,
            t -> {
              for (int i = 0; i < 1_000_000; i++) {
                tally.increment();
              }
            });
        rounds++;
      } while (ClusteredObjects.stats(tally.handle()).adaptiveGrowths() == 0
          && System.nanoTime() < deadline);

      RootStats stats = ClusteredObjects.stats(tally.handle());
      assertEquals(1 + rounds * 8_000_000L, tally.total());
      assertTrue(stats.adaptiveGrowths() > 0, "eight threads on one rep showed no contention");
      assertEquals(1 + stats.adaptiveGrowths(), stats.reps());
      assertTrue(stats.reps() <= 8, stats.reps() + " reps for 8 processors");
      ClusteredObjects.destroy(tally.handle());
    }
  }
}
