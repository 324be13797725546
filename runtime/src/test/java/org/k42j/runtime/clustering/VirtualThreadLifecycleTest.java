package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.lifecycle.Request;
import org.k42j.runtime.lifecycle.Requests;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.VirtualThreadExecutors;

/**
 * Virtual threads as callers (JDK 21 and later; skipped on 17, which has none): 10,000 of them call
 * in short requests while a hot swap or a destroy runs, which wait for those requests (the way on a
 * JVM where the caller scan cannot list virtual threads; {@link VirtualThreadsOutsideRequestsTest}
 * calls outside requests). Exact totals; a rep method that parks inside (a virtual thread unmounts,
 * and may come back on another carrier) keeps its processor; every wait bounded by the test's
 * timeout.
 */
@Timeout(600)
class VirtualThreadLifecycleTest {
  private static final int VIRTUAL_THREADS = 10_000;

  private static Declaration<ParkingCounting, Void> registered() {
    return Clustering.of(ParkingCounting.class)
        .repClass(RegisteredCounter.class)
        .gather("count", Reduce.SUM)
        .stateTransfer(
            RegisteredCounter.class,
            RegisteredCounter::exportCount,
            RegisteredCounter::importCounts);
  }

  @Test
  void hotSwapsWhileTenThousandVirtualThreadsCallLoseNothing() throws Exception {
    ExecutorService virtualThreads = VirtualThreadExecutors.perTaskOrNull();
    assumeTrue(virtualThreads != null, "virtual threads need JDK 21 or later");
    try (var machine = Processors.install(new ThreadSlotIdentity(4), UniformTopology.single())) {
      ParkingCounting counting = registered().build().create();
      long returned =
          VirtualThreadCallers.swapFourTimesUnderCalls(
              virtualThreads, VIRTUAL_THREADS, counting, true);
      assertEquals(4, ClusteredObjects.stats(counting).swaps());
      assertEquals(returned, counting.count(), "increments lost across swaps");
      assertEquals(
          0,
          RegisteredCounter.PROCESSOR_CHANGES_INSIDE.get(),
          "a virtual thread changed processor inside a rep");
    }
  }

  @Test
  void aDestroyWhileTenThousandVirtualThreadsCallWaitsForEveryCallInside() throws Exception {
    ExecutorService virtualThreads = VirtualThreadExecutors.perTaskOrNull();
    assumeTrue(virtualThreads != null, "virtual threads need JDK 21 or later");
    try (var machine = Processors.install(new ThreadSlotIdentity(4), UniformTopology.single())) {
      RegisteredCounter.ALL.clear();
      ParkingCounting counting = registered().build().create();
      AtomicLong succeeded = new AtomicLong();
      AtomicLong started = new AtomicLong();
      List<Future<?>> callers =
          VirtualThreadCallers.start(
              virtualThreads,
              VIRTUAL_THREADS,
              thread -> {
                started.incrementAndGet();
                long mine = 0;
                try {
                  while (true) {
                    try (Request request = Requests.enter()) {
                      for (int i = 0; i < 10; i++) { // counted one by one: a call may throw
                        if (thread % 500 == 0) {
                          counting.incrementAfterPark();
                        } else {
                          counting.increment();
                        }
                        mine++;
                      }
                    }
                    VirtualThreadCallers.pause();
                  }
                } catch (ClusteredObjectDestroyedException destroyed) {
                  succeeded.addAndGet(mine);
                }
              });
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (started.get() < VIRTUAL_THREADS || RegisteredCounter.sumOfAll() < 50_000) {
        assertTrue(System.nanoTime() < deadline, "the virtual threads never got going");
        Thread.sleep(10);
      }
      ClusteredObjects.destroy(counting);
      long atDestroy = RegisteredCounter.sumOfAll(); // no call is inside a rep any more
      VirtualThreadCallers.awaitAll(callers, virtualThreads);
      assertEquals(succeeded.get(), RegisteredCounter.sumOfAll(), "every returned call counted");
      assertEquals(
          atDestroy, RegisteredCounter.sumOfAll(), "a call ran after the destroy returned");
    }
  }
}
