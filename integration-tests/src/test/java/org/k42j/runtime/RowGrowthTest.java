package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.k42j.annotations.Policy;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.internal.RepProbe;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Variant;
import org.k42j.runtime.testing.Workers;

/**
 * An object created under a small identity keeps working when a bigger one is installed: calls from
 * the new processors grow the row, the replaced rows send their readers to the root, and no call is
 * lost or doubled while rows grow under contention.
 */
class RowGrowthTest {
  private static final UniformTopology FOUR_NODES = new UniformTopology(4, 16);

  @Test
  void callFromProcessor63GrowsARowMadeForTwoProcessors() throws Exception {
    try (var small = Processors.install(new DeclaredIdentity(2), FOUR_NODES)) {
      Counter counter = Counter_Factory.create();
      DeclaredIdentity.declare(0);
      counter.increment();
      DeclaredIdentity.declare(1);
      counter.add(10);
      Object[] oldRow = MissStormTest.row(counter);
      assertEquals(2, ClusteredObjects.stats(counter).rowLength());

      try (var big = Processors.install(new DeclaredIdentity(64), FOUR_NODES)) {
        DeclaredIdentity.declare(63);
        counter.add(100);

        RootStats stats = ClusteredObjects.stats(counter);
        assertTrue(stats.rowLength() >= 64, "row length " + stats.rowLength());
        assertEquals(3, stats.reps());
        List<?> reps = RepProbe.reps(counter);
        assertEquals(63, RepProbe.home(reps.get(2)));
        assertEquals(111, counter.value());

        Object[] newRow = MissStormTest.row(counter);
        assertNotSame(oldRow, newRow);
        Object[] entriesBefore = {newRow[0], newRow[1]};
        for (Object entry : oldRow) {
          assertTrue(
              entry.getClass().getSimpleName().endsWith("_Miss"),
              "replaced row still holds " + entry);
        }

        // A dispatcher that still read the old row reaches the root, which routes the call to the
        // caller's own rep; no rep is made for it and nothing is counted twice.
        DeclaredIdentity.declare(0);
        ((Counter) oldRow[0]).add(1000);
        DeclaredIdentity.declare(1);
        ((Counter) oldRow[1]).increment();
        assertEquals(1112, counter.value());
        assertEquals(3, ClusteredObjects.stats(counter).reps());
        assertSame(entriesBefore[0], MissStormTest.row(counter)[0]);
        assertSame(entriesBefore[1], MissStormTest.row(counter)[1]);
      } finally {
        DeclaredIdentity.declare(0);
      }
      ClusteredObjects.destroy(counter);
    }
  }

  static Variant[] variants() {
    return Variant.all();
  }

  /** Identity sizes installed one after another while eight threads call. */
  private static final int[] COUNTS = {2, 4, 8, 16, 32, 64};

  private static final int THREADS = 8;
  private static final int OPS_PER_PHASE = 170_000;

  /**
   * Even threads keep calling from processors 0 and 1 (whose entries move from row to row) while
   * odd threads call from the top processors of each new identity, growing the row under them.
   */
  private static int processorOf(int thread, int count) {
    return thread % 2 == 0 ? (thread / 2) % 2 : Math.floorMod(count - 1 - thread / 2, count);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void rowsGrowingUnderEightCallingThreadsLoseNoCall(Variant variant) throws Exception {
    Deque<Processors.Installation> installed = new ArrayDeque<>();
    installed.push(Processors.install(new DeclaredIdentity(COUNTS[0]), FOUR_NODES));
    try {
      int createdBefore = variant.created();
      Variant.Tally tally = variant.create();
      int[] phase = new int[1];
      CyclicBarrier nextPhase =
          new CyclicBarrier(
              THREADS,
              () -> {
                if (++phase[0] < COUNTS.length) {
                  installed.push(
                      Processors.install(new DeclaredIdentity(COUNTS[phase[0]]), FOUR_NODES));
                }
              });
      Workers.run(
          THREADS,
          t -> {
            for (int p = 0; p < COUNTS.length; p++) {
              DeclaredIdentity.declare(processorOf(t, COUNTS[p]));
              for (int i = 0; i < OPS_PER_PHASE; i++) {
                if ((i & 1) == 0) {
                  tally.increment();
                } else {
                  tally.add(3);
                }
              }
              nextPhase.await();
            }
          });

      assertEquals((long) THREADS * COUNTS.length * (OPS_PER_PHASE / 2) * 4, tally.total());
      RootStats stats = ClusteredObjects.stats(tally.handle());
      assertTrue(stats.rowLength() >= 64, "row length " + stats.rowLength());
      assertEquals(stats.reps(), variant.created() - createdBefore, "constructions = reps");
      Set<Integer> slots = new HashSet<>();
      for (Object rep : RepProbe.reps(tally.handle())) {
        assertTrue(slots.add(RepProbe.slot(rep)));
      }
      if (variant.policy() != Policy.ADAPTIVE) {
        Set<Integer> expected = new HashSet<>();
        for (int count : COUNTS) {
          for (int t = 0; t < THREADS; t++) {
            int processor = processorOf(t, count);
            expected.add(variant.slotOf(processor, FOUR_NODES.nodeOf(processor)));
          }
        }
        assertEquals(expected, slots, "one rep per slot the used processors map to");
      } else {
        assertEquals(1 + stats.adaptiveGrowths(), stats.reps());
      }
      ClusteredObjects.destroy(tally.handle());
    } finally {
      while (!installed.isEmpty()) {
        installed.pop().close();
      }
    }
  }
}
