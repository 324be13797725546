package org.k42j.runtime.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ClusteredObjects;

/**
 * Hot swaps as the lifecycle tests make them under load: alternately to per-cluster reps (two
 * processors a rep) and back to per-processor reps, so every swap moves state between rep sets of
 * different shapes.
 */
public final class Swapper {
  private Swapper() {}

  /** Swaps {@code handle} {@code swaps} times in turn, parking {@code pauseNanos} before each. */
  public static void swapAlternately(Object handle, int swaps, long pauseNanos) {
    for (int i = 0; i < swaps; i++) {
      if (pauseNanos > 0) {
        LockSupport.parkNanos(pauseNanos);
      }
      if (i % 2 == 0) {
        ClusteredObjects.hotSwap(handle, Policy.PER_CLUSTER, 2);
      } else {
        ClusteredObjects.hotSwap(handle, Policy.PER_PROCESSOR);
      }
    }
  }

  /**
   * Starts a thread named "swapper" that swaps {@code handle} {@code swaps} times, 20 ms apart, and
   * then sets {@code done}.
   */
  public static Thread start(Object handle, int swaps, AtomicBoolean done) {
    Thread swapper =
        new Thread(
            () -> {
              swapAlternately(handle, swaps, TimeUnit.MILLISECONDS.toNanos(20));
              done.set(true);
            },
            "swapper");
    swapper.start();
    return swapper;
  }
}
