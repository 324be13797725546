package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
    ExecutorService virtualThreads = virtualThreadExecutor();
    assumeTrue(virtualThreads != null, "virtual threads need JDK 21 or later");
    try (var machine = Processors.install(new ThreadSlotIdentity(4), UniformTopology.single())) {
      ParkingCounting counting = registered().build().create();
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
                    try (Request request = Requests.enter()) {
                      for (int i = 0; i < 10; i++) {
                        if (thread % 500 == 0) {
                          counting.incrementAfterPark();
                        } else {
                          counting.increment();
                        }
                        mine++;
                      }
                    }
                    pause(); // unmounts: other virtual threads run, some inside reps
                  }
                  incremented.addAndGet(mine);
                }));
      }
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
      assertEquals(
          0,
          RegisteredCounter.PROCESSOR_CHANGES_INSIDE.get(),
          "a virtual thread changed processor inside a rep");
    }
  }

  @Test
  void aDestroyWhileTenThousandVirtualThreadsCallWaitsForEveryCallInside() throws Exception {
    ExecutorService virtualThreads = virtualThreadExecutor();
    assumeTrue(virtualThreads != null, "virtual threads need JDK 21 or later");
    try (var machine = Processors.install(new ThreadSlotIdentity(4), UniformTopology.single())) {
      RegisteredCounter.ALL.clear();
      ParkingCounting counting = registered().build().create();
      AtomicLong succeeded = new AtomicLong();
      AtomicLong started = new AtomicLong();
      List<Future<?>> callers = new ArrayList<>();
      for (int t = 0; t < VIRTUAL_THREADS; t++) {
        int thread = t;
        callers.add(
            virtualThreads.submit(
                () -> {
                  started.incrementAndGet();
                  long mine = 0;
                  try {
                    while (true) {
                      try (Request request = Requests.enter()) {
                        for (int i = 0; i < 10; i++) {
                          if (thread % 500 == 0) {
                            counting.incrementAfterPark();
                          } else {
                            counting.increment();
                          }
                          mine++;
                        }
                      }
                      pause();
                    }
                  } catch (ClusteredObjectDestroyedException destroyed) {
                    succeeded.addAndGet(mine);
                  }
                }));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (started.get() < VIRTUAL_THREADS || RegisteredCounter.sumOfAll() < 50_000) {
        assertTrue(System.nanoTime() < deadline, "the virtual threads never got going");
        Thread.sleep(10);
      }
      ClusteredObjects.destroy(counting);
      long atDestroy = RegisteredCounter.sumOfAll(); // no call is inside a rep any more
      for (Future<?> caller : callers) {
        caller.get(300, TimeUnit.SECONDS);
      }
      virtualThreads.shutdown();
      assertEquals(succeeded.get(), RegisteredCounter.sumOfAll(), "every returned call counted");
      assertEquals(
          atDestroy, RegisteredCounter.sumOfAll(), "a call ran after the destroy returned");
    }
  }

  /**
   * Between requests: a short sleep (a virtual thread unmounts), so that 10,000 callers offer a
   * service's load rather than a flood that keeps every one of them queued on the reps' guards.
   */
  private static void pause() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@code Executors.newVirtualThreadPerTaskExecutor()} on JDK 21+, or null. */
  private static ExecutorService virtualThreadExecutor() {
    try {
      Method factory =
          java.util.concurrent.Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
      return (ExecutorService) factory.invoke(null);
    } catch (NoSuchMethodException e) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
