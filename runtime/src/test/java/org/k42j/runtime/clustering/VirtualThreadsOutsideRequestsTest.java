package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.LifecycleTimeoutException;
import org.k42j.runtime.Processors;
import org.k42j.runtime.lifecycle.Request;
import org.k42j.runtime.lifecycle.Requests;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.VirtualThreadExecutors;

/**
 * Virtual threads calling outside any request while the object is hot swapped or destroyed (JDK 21+
 * with {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}, as this module's tests run: the
 * caller scan then lists virtual threads through the JDK's thread containers; skipped otherwise).
 * The reps are thread-safe, so no guard stands in front of them: only the scan keeps a late call
 * off a replaced or cleaned-up rep, and a call it missed shows as a lost increment or an increment
 * after the destroy. 10,000 virtual threads, some parking inside the rep; exact totals; every wait
 * bounded.
 */
@Timeout(600)
class VirtualThreadsOutsideRequestsTest {
  private static final int VIRTUAL_THREADS = 10_000;

  private static Declaration<ParkingCounting, Void> threadSafe() {
    return Clustering.of(ParkingCounting.class)
        .repClass(AtomicRegisteredCounter.class)
        .concurrency(Concurrency.THREAD_SAFE)
        .gather("count", Reduce.SUM)
        .stateTransfer(
            AtomicRegisteredCounter.class,
            AtomicRegisteredCounter::exportCount,
            AtomicRegisteredCounter::importCounts);
  }

  @BeforeEach
  void forgetEarlierReps() {
    AtomicRegisteredCounter.ALL.clear();
    AtomicRegisteredCounter.parkInsideNanos = TimeUnit.MILLISECONDS.toNanos(20);
  }

  @Test
  void hotSwapsLoseNoCallOfTenThousandVirtualThreadsOutsideRequests() throws Exception {
    ExecutorService virtualThreads = seenVirtualThreads();
    try (var machine = Processors.install(new ThreadSlotIdentity(4), UniformTopology.single())) {
      ParkingCounting counting = threadSafe().build().create();
      long returned =
          VirtualThreadCallers.swapFourTimesUnderCalls(
              virtualThreads, VIRTUAL_THREADS, counting, false);
      assertEquals(4, ClusteredObjects.stats(counting).swaps());
      assertEquals(returned, counting.count(), "increments lost across swaps");
    }
  }

  @Test
  void aDestroyWaitsForEveryVirtualThreadInsideOutsideRequests() throws Exception {
    ExecutorService virtualThreads = seenVirtualThreads();
    // Parked inside for longer than a destroy that missed them takes: their increments would land
    // after it returned.
    AtomicRegisteredCounter.parkInsideNanos = TimeUnit.MILLISECONDS.toNanos(300);
    try (var machine = Processors.install(new ThreadSlotIdentity(4), UniformTopology.single())) {
      ParkingCounting counting = threadSafe().build().create();
      AtomicLong returned = new AtomicLong();
      List<Future<?>> callers =
          VirtualThreadCallers.start(
              virtualThreads,
              VIRTUAL_THREADS,
              thread -> {
                try {
                  while (true) {
                    if (thread % 500 == 0) {
                      counting.incrementAfterPark();
                    } else {
                      counting.increment();
                    }
                    returned.incrementAndGet();
                    if (thread % 7 == 0) {
                      VirtualThreadCallers.pause();
                    }
                  }
                } catch (ClusteredObjectDestroyedException destroyed) {
                  // the object is gone: this caller is done
                }
              });
      awaitCalls(50_000);
      ClusteredObjects.destroy(counting);
      long atDestroy = AtomicRegisteredCounter.sumOfAll(); // no call is inside a rep any more
      VirtualThreadCallers.awaitAll(callers, virtualThreads);
      assertEquals(
          atDestroy, AtomicRegisteredCounter.sumOfAll(), "a call ran after the destroy returned");
      assertEquals(
          returned.get(), AtomicRegisteredCounter.sumOfAll(), "every returned call counted");
    }
  }

  @Test
  void aRequestLeakedOnAVirtualThreadOutsideTheObjectDelaysNeitherSwapNorDestroy()
      throws Exception {
    ExecutorService virtualThreads = seenVirtualThreads();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (var machine = Processors.install(new ThreadSlotIdentity(4), UniformTopology.single())) {
      ParkingCounting counting = threadSafe().build().create();
      counting.increment();
      Future<?> leak =
          virtualThreads.submit(
              () -> {
                try (Request request = Requests.enter()) {
                  entered.countDown();
                  release.await(100, TimeUnit.SECONDS); // open, never inside the object
                }
                return null;
              });
      assertTrue(entered.await(30, TimeUnit.SECONDS));
      // Bounded well below the test's timeout: waiting for the leaked request would fail here.
      ClusteredObjects.hotSwap(counting, Policy.SINGLE, 0, Duration.ofSeconds(5));
      assertEquals(1, counting.count());
      ClusteredObjects.destroy(counting, Duration.ofSeconds(5));
      ClusteredObjects.cleanedUp(counting).get(5, TimeUnit.SECONDS);
      release.countDown();
      leak.get(30, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      virtualThreads.shutdown();
    }
  }

  @Test
  void aBoundedSwapThatGivesUpNamesTheVirtualThreadInsideAndWhere() throws Exception {
    ExecutorService virtualThreads = seenVirtualThreads();
    AtomicRegisteredCounter.parkInsideNanos = TimeUnit.SECONDS.toNanos(3);
    try (var machine = Processors.install(new ThreadSlotIdentity(4), UniformTopology.single())) {
      ParkingCounting counting = threadSafe().build().create();
      Future<?> parked = virtualThreads.submit(counting::incrementAfterPark);
      awaitParkedInside();
      LifecycleTimeoutException e =
          assertThrows(
              LifecycleTimeoutException.class,
              () -> ClusteredObjects.hotSwap(counting, Policy.SINGLE, 0, Duration.ofMillis(500)));
      assertTrue(e.getMessage().contains("virtual thread #"), e.getMessage());
      assertTrue(
          e.getMessage().contains(AtomicRegisteredCounter.class.getName() + ".incrementAfterPark"),
          e.getMessage());
      parked.get(30, TimeUnit.SECONDS);
      assertEquals(1, counting.count());
    } finally {
      virtualThreads.shutdown();
    }
  }

  /** Waits, bounded, until a caller is parked inside a rep. */
  private static void awaitParkedInside() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (AtomicRegisteredCounter.PARKED_INSIDE.get() == 0) {
      assertTrue(System.nanoTime() < deadline, "the caller never parked inside the rep");
      Thread.sleep(5);
    }
  }

  private static void awaitCalls(long calls) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (AtomicRegisteredCounter.sumOfAll() < calls) {
      assertTrue(System.nanoTime() < deadline, "the virtual threads never got going");
      Thread.sleep(10);
    }
  }

  /**
   * {@code Executors.newVirtualThreadPerTaskExecutor()}, when this JDK has virtual threads and the
   * runtime can list them (java.base exports jdk.internal.vm to it); the test is skipped otherwise.
   */
  private static ExecutorService seenVirtualThreads() {
    ExecutorService executor = VirtualThreadExecutors.perTaskOrNull();
    assumeTrue(executor != null, "virtual threads need JDK 21 or later");
    assumeTrue(
        Object.class.getModule().isExported("jdk.internal.vm", Processors.class.getModule()),
        "the scan lists virtual threads only when java.base exports jdk.internal.vm to the runtime");
    assumeTrue(
        !"false".equals(System.getProperty("k42j.scan.virtualThreads")),
        "-Dk42j.scan.virtualThreads=false turns the scan's view of virtual threads off");
    return executor;
  }
}
