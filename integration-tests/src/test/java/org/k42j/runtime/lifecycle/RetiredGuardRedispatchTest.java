package org.k42j.runtime.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.internal.ClusterRoot;
import org.k42j.runtime.internal.DispatcherBase;
import org.k42j.runtime.internal.RepGuard;
import org.k42j.runtime.internal.RootCore;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.Swapper;
import org.k42j.runtime.testing.Workers;

/**
 * A call that reaches a guard a hot swap or destroy retired, from a thread neither could see, on
 * the processor's generated guards: a per-rep call goes again through the handle and runs exactly
 * once on the new reps (or gets the destroyed object's exception); a gather's method, and any call
 * root code makes while it visits the reps, is refused by name. Platform threads keep references to
 * the old guards (as a thread that read the row before the swap, and that the caller scan released
 * between two calls, does) and call them while the object is swapped again and again: exact totals.
 */
@Timeout(300)
class RetiredGuardRedispatchTest {
  private static final int PROCESSORS = 4;
  private static final int THREADS = 12;
  private static final int SWAPS = 8;
  private static final long HANG_SECONDS = 240;

  /** The object's current row entries (its reps' guards), in slot order. */
  private static List<Counter> entries(Counter counter) {
    RootCore<Counter> core = core(counter);
    List<Counter> entries = new ArrayList<>();
    for (int slot = 0; slot < core.repSlots(); slot++) {
      Counter entry = core.entryAt(slot);
      if (entry != null) {
        assertTrue(entry instanceof RepGuard, "an exclusive rep's entry is its guard: " + entry);
        entries.add(entry);
      }
    }
    return entries;
  }

  @SuppressWarnings("unchecked")
  private static RootCore<Counter> core(Counter counter) {
    return RootCore.of((ClusterRoot<Counter, ?>) DispatcherBase.rootOf(counter));
  }

  @Test
  void callsThroughOldGuardsDuringRepeatedSwapsRunOnceOnTheNewRepsAndReturnNormally()
      throws Exception {
    try (var machine =
        Processors.install(new ThreadSlotIdentity(PROCESSORS), UniformTopology.single())) {
      Counter counter = Counter_Factory.create();
      Workers.run(THREADS, HANG_SECONDS, t -> counter.add(1)); // a rep for every slot used
      List<Counter> old = entries(counter);
      AtomicBoolean swapsDone = new AtomicBoolean();
      AtomicLong added = new AtomicLong(THREADS);
      Thread swapper = Swapper.start(counter, SWAPS, swapsDone);
      Workers.run(
          THREADS,
          HANG_SECONDS,
          t -> {
            Counter stale = old.get(t % old.size()); // read before every swap
            long mine = 0;
            long afterSwaps = 0;
            while (afterSwaps < 2_000) {
              if (mine % 2 == 0) {
                stale.increment();
                added.incrementAndGet();
              } else {
                stale.add(2);
                added.addAndGet(2);
              }
              mine++;
              if (swapsDone.get()) {
                afterSwaps++;
              }
              if (mine % 64 == 0) {
                LockSupport.parkNanos(20_000); // outside the object: the caller scan releases us
              }
            }
          });
      swapper.join(TimeUnit.SECONDS.toMillis(HANG_SECONDS));
      assertTrue(!swapper.isAlive(), "the swaps never finished");
      assertEquals(SWAPS, ClusteredObjects.stats(counter).swaps());
      assertEquals(added.get(), counter.value(), "a call through an old guard was lost or doubled");

      Counter stale = old.get(0);
      long before = counter.value();
      stale.add(5);
      assertEquals(before + 5, counter.value(), "a call through a retired guard runs once");

      // What visits one rep is refused by name: a gather's method on the old guard, and a per-rep
      // method that root code calls on it while visiting the reps.
      ClusteredObjectException gathered =
          assertThrows(ClusteredObjectException.class, stale::value);
      assertTrue(gathered.getMessage().contains("hot swap"), gathered.getMessage());
      ClusteredObjectException visited =
          assertThrows(
              ClusteredObjectException.class,
              () -> core(counter).root().forEachEntry(entry -> stale.add(1)));
      assertTrue(visited.getMessage().contains("hot swap"), visited.getMessage());
      assertEquals(before + 5, counter.value(), "a refused call did not run");

      List<Counter> last = entries(counter);
      ClusteredObjects.destroy(counter);
      assertThrows(ClusteredObjectDestroyedException.class, () -> stale.add(1));
      assertThrows(ClusteredObjectDestroyedException.class, () -> last.get(0).increment());
    }
  }
}
