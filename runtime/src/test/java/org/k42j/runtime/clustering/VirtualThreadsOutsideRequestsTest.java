package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.lifecycle.Request;
import org.k42j.runtime.lifecycle.Requests;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;

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
      AtomicBoolean swapsDone = new AtomicBoolean();
      AtomicLong incremented = new AtomicLong();
      List<Future<?>> callers = new ArrayList<>();
      for (int t = 0; t < VIRTUAL_THREADS; t++) {
        int thread = t;
        callers.add(
            virtualThreads.submit(
                () -> {
                  long mine = 0;
                  while (mine < 50 || !swapsDone.get()) {
                    callTenTimes(counting, thread);
                    mine += 10;
                    pause();
                  }
                  incremented.addAndGet(mine);
                }));
      }
      awaitCalls(50_000);
      for (int i = 0; i < 4; i++) {
        if (i % 2 == 0) {
          ClusteredObjects.hotSwap(counting, Policy.PER_CLUSTER, 2);
        } else {
          ClusteredObjects.hotSwap(counting, Policy.PER_PROCESSOR);
        }
      }
      swapsDone.set(true);
      for (Future<?> caller : callers) {
        caller.get(300, TimeUnit.SECONDS);
      }
      virtualThreads.shutdown();
      assertEquals(4, ClusteredObjects.stats(counting).swaps());
      assertEquals(incremented.get(), counting.count(), "increments lost across swaps");
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
      List<Future<?>> callers = new ArrayList<>();
      for (int t = 0; t < VIRTUAL_THREADS; t++) {
        int thread = t;
        callers.add(
            virtualThreads.submit(
                () -> {
                  try {
                    while (true) {
                      if (thread % 500 == 0) {
                        counting.incrementAfterPark();
                      } else {
                        counting.increment();
                      }
                      returned.incrementAndGet();
                      if (thread % 7 == 0) {
                        pause();
                      }
                    }
                  } catch (ClusteredObjectDestroyedException destroyed) {
                    // the object is gone: this caller is done
                  }
                }));
      }
      awaitCalls(50_000);
      ClusteredObjects.destroy(counting);
      long atDestroy = AtomicRegisteredCounter.sumOfAll(); // no call is inside a rep any more
      for (Future<?> caller : callers) {
        caller.get(300, TimeUnit.SECONDS);
      }
      virtualThreads.shutdown();
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

  private static void callTenTimes(ParkingCounting counting, int thread) {
    for (int i = 0; i < 10; i++) {
      if (thread % 500 == 0) {
        counting.incrementAfterPark();
      } else {
        counting.increment();
      }
    }
  }

  private static void awaitCalls(long calls) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (AtomicRegisteredCounter.sumOfAll() < calls) {
      assertTrue(System.nanoTime() < deadline, "the virtual threads never got going");
      Thread.sleep(10);
    }
  }

  /** A short sleep: the virtual thread unmounts and others run, some of them inside reps. */
  private static void pause() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * {@code Executors.newVirtualThreadPerTaskExecutor()}, when this JDK has virtual threads and the
   * runtime can list them (java.base exports jdk.internal.vm to it); the test is skipped otherwise.
   */
  private static ExecutorService seenVirtualThreads() throws ReflectiveOperationException {
    Method factory;
    try {
      factory = java.util.concurrent.Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
    } catch (NoSuchMethodException e) {
      assumeTrue(false, "virtual threads need JDK 21 or later");
      return null;
    }
    assumeTrue(
        Object.class.getModule().isExported("jdk.internal.vm", Processors.class.getModule()),
        "the scan lists virtual threads only when java.base exports jdk.internal.vm to the runtime");
    assumeTrue(
        !"false".equals(System.getProperty("k42j.scan.virtualThreads")),
        "-Dk42j.scan.virtualThreads=false turns the scan's view of virtual threads off");
    return (ExecutorService) factory.invoke(null);
  }
}
