package org.k42j.runtime.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.k42j.runtime.lifecycle.Request;
import org.k42j.runtime.lifecycle.Requests;
import org.k42j.runtime.testing.Swapper;

/**
 * What the virtual-thread lifecycle tests share: the callers' calls and pauses, and the swaps they
 * make under load.
 */
final class VirtualThreadCallers {
  private VirtualThreadCallers() {}

  /**
   * Starts {@code count} callers on {@code executor}, each running {@code caller} with its index.
   */
  static List<Future<?>> start(ExecutorService executor, int count, IntConsumer caller) {
    List<Future<?>> callers = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      int index = t;
      callers.add(executor.submit(() -> caller.accept(index)));
    }
    return callers;
  }

  /** Ten calls; every 500th caller's park inside the rep. */
  static void callTenTimes(ParkingCounting counting, int caller) {
    for (int i = 0; i < 10; i++) {
      if (caller % 500 == 0) {
        counting.incrementAfterPark();
      } else {
        counting.increment();
      }
    }
  }

  /**
   * Between calls: a short sleep (a virtual thread unmounts), so that 10,000 callers offer a
   * service's load rather than a flood that keeps every one of them queued on the reps.
   */
  static void pause() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Swaps {@code counting} four times while {@code count} virtual threads call it (in requests of
   * ten calls, or outside any request), each at least 50 times and on until the swaps are done;
   * returns the calls that returned, once every caller has ended.
   */
  static long swapFourTimesUnderCalls(
      ExecutorService executor, int count, ParkingCounting counting, boolean inRequests)
      throws Exception {
    AtomicBoolean swapsDone = new AtomicBoolean();
    AtomicLong returned = new AtomicLong();
    List<Future<?>> callers =
        start(
            executor,
            count,
            caller -> {
              long mine = 0;
              while (mine < 50 || !swapsDone.get()) {
                if (inRequests) {
                  try (Request request = Requests.enter()) {
                    callTenTimes(counting, caller);
                  }
                } else {
                  callTenTimes(counting, caller);
                }
                mine += 10;
                pause(); // other virtual threads run, some of them inside reps
              }
              returned.addAndGet(mine);
            });
    Swapper.swapAlternately(counting, 4, 0);
    swapsDone.set(true);
    awaitAll(callers, executor);
    return returned.get();
  }

  /** Waits, bounded, for every caller; then lets the executor end. */
  static void awaitAll(List<Future<?>> callers, ExecutorService executor) throws Exception {
    for (Future<?> caller : callers) {
      caller.get(300, TimeUnit.SECONDS);
    }
    executor.shutdown();
  }
}
