package org.k42j.runtime.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.RootStats;
import org.k42j.runtime.fixture.exclusive.AdaptiveTally;
import org.k42j.runtime.fixture.exclusive.AdaptiveTally_Factory;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.Workers;

/**
 * Load-adaptive reps: an adaptive object grows reps where eight threads contend, shrinks back to
 * one rep (its state moved by a hot swap) once only one thread calls it, and grows again when the
 * load comes back; its statistics say so, and no increment is lost on the way.
 */
class AdaptiveShrinkTest {
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 1_000_000;
  private static final int CALLS_PER_REQUEST = 100;
  private static final long SHRINK_DEADLINE_SECONDS = 60; // reaching it means no shrink: a failure

  @Test
  void repsGrowUnderContentionShrinkWhenTheLoadGoesAwayAndGrowAgain() throws Exception {
    try (var machine =
        Processors.install(new ThreadSlotIdentity(THREADS), UniformTopology.single())) {
      AdaptiveTally tally = AdaptiveTally_Factory.create();
      long expected = 0;

      expected += hammer(tally, THREADS);
      RootStats grown = ClusteredObjects.stats(tally);
      assertTrue(grown.adaptiveGrowths() > 0, "eight threads on one rep showed no contention");
      assertTrue(grown.reps() > 1, grown.toString());
      assertEquals(expected, tally.total());

      // The load goes away: one thread keeps calling, in requests, until the object shrinks.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SHRINK_DEADLINE_SECONDS);
      while (ClusteredObjects.stats(tally).adaptiveShrinks() == 0) {
        assertTrue(System.nanoTime() < deadline, "never shrank: " + ClusteredObjects.stats(tally));
        try (Request request = Requests.enter()) {
          tally.increment();
        }
        expected++;
        Thread.sleep(1);
      }
      RootStats shrunk = ClusteredObjects.stats(tally);
      assertEquals(1, shrunk.reps(), "every grown rep's state went back into one: " + shrunk);
      assertEquals(Policy.ADAPTIVE, shrunk.policy());
      assertEquals(shrunk.swaps(), shrunk.adaptiveShrinks());
      assertEquals(expected, tally.total(), "the shrink moved every count");

      // The load comes back: the object grows again.
      expected += hammer(tally, THREADS);
      RootStats regrown = ClusteredObjects.stats(tally);
      assertTrue(regrown.adaptiveGrowths() > grown.adaptiveGrowths(), regrown.toString());
      assertEquals(expected, tally.total());
      ClusteredObjects.destroy(tally);
    }
  }

  /** {@code threads} threads make a million increments each, in requests; returns the count. */
  private static long hammer(AdaptiveTally tally, int threads) throws InterruptedException {
    Workers.run(
        threads,
        t -> {
          for (int done = 0; done < CALLS_PER_THREAD; done += CALLS_PER_REQUEST) {
            try (Request request = Requests.enter()) {
              for (int i = 0; i < CALLS_PER_REQUEST; i++) {
                tally.increment();
              }
            }
          }
        });
    return (long) threads * CALLS_PER_THREAD;
  }
}
