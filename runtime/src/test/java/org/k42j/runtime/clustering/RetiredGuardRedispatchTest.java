package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.internal.DispatcherBase;
import org.k42j.runtime.internal.RepGuard;
import org.k42j.runtime.internal.RootCore;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.Swapper;
import org.k42j.runtime.testing.VirtualThreadExecutors;
import org.k42j.runtime.testing.Workers;

/**
 * A call that reaches a guard a hot swap or destroy retired, from a thread neither could see, on
 * the run-time path's guards ({@code GuardAdvice}): a per-rep call goes again through the handle
 * and runs exactly once on the new reps (or gets the destroyed object's exception); a gather's
 * method on the old guard is refused by name. Platform threads keep references to the old guards
 * (as a thread that read the row before the swap, and that the caller scan released between two
 * calls, does) and call them while the object is swapped again and again: exact totals.
 */
@Timeout(300)
class RetiredGuardRedispatchTest {
  private static final int PROCESSORS = 4;
  private static final int THREADS = 12;
  private static final int SWAPS = 6;
  private static final long HANG_SECONDS = 240;

  private static Declaration<Adding, Void> adding() {
    return Clustering.of(Adding.class)
        .repClass(AddingCounter.class)
        .gather("total", Reduce.SUM)
        .stateTransfer(
            AddingCounter.class, AddingCounter::exportCount, AddingCounter::importCounts);
  }

  private static Declaration<ParkingCounting, Void> registered() {
    return Clustering.of(ParkingCounting.class)
        .repClass(RegisteredCounter.class)
        .gather("count", Reduce.SUM)
        .stateTransfer(
            RegisteredCounter.class,
            RegisteredCounter::exportCount,
            RegisteredCounter::importCounts);
  }

  /** The object's current row entries (its reps' guards), in slot order. */
  @SuppressWarnings("unchecked")
  private static <C> List<C> entries(C handle) {
    RootCore<C> core = (RootCore<C>) RootCore.of(DispatcherBase.rootOf(handle));
    List<C> entries = new ArrayList<>();
    for (int slot = 0; slot < core.repSlots(); slot++) {
      C entry = core.entryAt(slot);
      if (entry != null) {
        assertTrue(entry instanceof RepGuard, "an exclusive rep's entry is its guard: " + entry);
        entries.add(entry);
      }
    }
    return entries;
  }

  @Test
  void callsThroughOldGuardsDuringRepeatedSwapsRunOnceOnTheNewRepsAndReturnNormally()
      throws Exception {
    try (var machine =
        Processors.install(new ThreadSlotIdentity(PROCESSORS), UniformTopology.single())) {
      Adding adding = adding().build().create();
      Workers.run(THREADS, HANG_SECONDS, t -> adding.addAndGet(1)); // a rep for every slot used
      List<Adding> old = entries(adding);
      assertTrue(!old.isEmpty());
      AtomicBoolean swapsDone = new AtomicBoolean();
      AtomicLong added = new AtomicLong(THREADS);
      AtomicLong badResults = new AtomicLong();
      Thread swapper = Swapper.start(adding, SWAPS, swapsDone);
      Workers.run(
          THREADS,
          HANG_SECONDS,
          t -> {
            Adding stale = old.get(t % old.size()); // read before every swap
            long mine = 0;
            long afterSwaps = 0;
            while (afterSwaps < 2_000) {
              long delta = 1 + (mine % 3);
              if (stale.addAndGet(delta) < delta) {
                badResults.incrementAndGet(); // a rep's count after adding is at least the delta
              }
              added.addAndGet(delta);
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
      assertEquals(SWAPS, ClusteredObjects.stats(adding).swaps());
      assertEquals(0, badResults.get(), "a call returned a wrong result");
      assertEquals(added.get(), adding.total(), "a call through an old guard was lost or doubled");

      // Once more, one call at a time: through a guard retired by the first swap, exactly once.
      long before = adding.total();
      assertTrue(old.get(0).addAndGet(5) >= 5);
      assertEquals(before + 5, adding.total());
      // A gather's method on a retired guard visits one rep: refused by name, not run again.
      ClusteredObjectException refused =
          assertThrows(ClusteredObjectException.class, () -> old.get(0).total());
      assertTrue(refused.getMessage().contains("hot swap"), refused.getMessage());

      List<Adding> last = entries(adding);
      ClusteredObjects.destroy(adding);
      assertThrows(ClusteredObjectDestroyedException.class, () -> old.get(0).addAndGet(1));
      assertThrows(ClusteredObjectDestroyedException.class, () -> last.get(0).addAndGet(1));
    }
  }

  @Test
  void aVoidCallThroughARetiredGuardRunsOnceAndALateOneAfterADestroyIsRefusedAsDestroyed()
      throws Exception {
    try (var machine =
        Processors.install(new ThreadSlotIdentity(PROCESSORS), UniformTopology.single())) {
      ParkingCounting counting = registered().build().create();
      counting.increment();
      ParkingCounting stale = entries(counting).get(0);
      ClusteredObjects.hotSwap(counting, Policy.SINGLE);
      stale.increment();
      stale.incrementAfterPark();
      assertEquals(3, counting.count(), "each call through the retired guard ran once");
      ParkingCounting current = entries(counting).get(0);
      ClusteredObjects.destroy(counting);
      assertThrows(ClusteredObjectDestroyedException.class, stale::increment);
      assertThrows(ClusteredObjectDestroyedException.class, current::increment);
      ClusteredObjectException visit = assertThrows(ClusteredObjectException.class, current::count);
      assertTrue(visit instanceof ClusteredObjectDestroyedException, "the destroy's own refusal");
    }
  }

  /**
   * Virtual threads calling outside requests (JDK 21 and later; skipped on 17): where the caller
   * scan does not see them (with {@code -Dk42j.scan.virtualThreads=false}, as .ci runs this test a
   * second time on JDK 21+, or on JDK 25 without the export), a call may read an old guard before a
   * swap and reach it after; it must simply work (with the scan's view it is exact too). Every call
   * returns normally and the total is exact over several swaps; after a destroy, every call gets
   * the destroyed object's exception.
   */
  @Test
  void virtualThreadsCallingOutsideRequestsThroughSwapsLoseNothing() throws Exception {
    ExecutorService virtualThreads = VirtualThreadExecutors.perTaskOrNull();
    assumeTrue(virtualThreads != null, "virtual threads need JDK 21 or later");
    try (var machine =
        Processors.install(new ThreadSlotIdentity(PROCESSORS), UniformTopology.single())) {
      Adding adding = adding().build().create();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong added = new AtomicLong();
      int callers = 2_000;
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < callers; t++) {
        running.add(
            virtualThreads.submit(
                () -> {
                  while (!stop.get()) {
                    for (int i = 0; i < 10; i++) {
                      adding.addAndGet(1);
                      added.incrementAndGet();
                    }
                    Thread.sleep(1); // unmounts: others run, some inside reps
                  }
                  return null;
                }));
      }
      for (int i = 0; i < SWAPS; i++) {
        Thread.sleep(20);
        if (i % 2 == 0) {
          ClusteredObjects.hotSwap(adding, Policy.PER_CLUSTER, 2);
        } else {
          ClusteredObjects.hotSwap(adding, Policy.PER_PROCESSOR);
        }
      }
      stop.set(true);
      for (Future<?> caller : running) {
        caller.get(HANG_SECONDS, TimeUnit.SECONDS); // a call that threw fails here
      }
      assertEquals(SWAPS, ClusteredObjects.stats(adding).swaps());
      assertEquals(added.get(), adding.total(), "a call was lost or doubled across the swaps");
      ClusteredObjects.destroy(adding);
      Future<?> late = virtualThreads.submit(() -> adding.addAndGet(1));
      java.util.concurrent.ExecutionException failed =
          assertThrows(
              java.util.concurrent.ExecutionException.class,
              () -> late.get(HANG_SECONDS, TimeUnit.SECONDS));
      assertTrue(failed.getCause() instanceof ClusteredObjectDestroyedException, failed.toString());
      virtualThreads.shutdown();
    }
  }
}
