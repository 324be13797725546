package org.k42j.kernel.dispatch;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.k42j.annotations.Root;

/**
 * What the processors' thread counts share: the spawns of threads that are not virtual processors
 * (the JUnit thread, {@code main}), the spawns withdrawn because the kernel was closing, whether
 * the kernel is closing, and the monitor a shutdown waits on.
 *
 * <p>Invariants: the adders only grow. {@code closing} only moves to true. While it is true, every
 * end (a withdrawn spawn's too) notifies {@code quiet} after counting itself, so a waiter that
 * counted under {@code quiet} and then waits misses no end: an end counted after the waiter's count
 * notifies after the waiter released the monitor in its wait. An end that read {@code closing}
 * false came before {@link #close}'s write in the volatile order, so every count that starts after
 * {@code close} sees it.
 */
@Root
final class ThreadCountsRoot extends ThreadCounts_RootBase {
  final LongAdder plainSpawns = new LongAdder();
  final LongAdder withdrawn = new LongAdder();
  private final Object quiet = new Object();
  private volatile boolean closing;

  ThreadCountsRoot() {}

  boolean closing() {
    return closing;
  }

  void close() {
    closing = true;
  }

  /** A spawn refused because the kernel is closing: counted as an end, which a shutdown hears. */
  void withdraw() {
    withdrawn.increment();
    ended();
  }

  /** After an end was counted: wakes a shutdown waiting for the last thread. */
  void ended() {
    if (closing) {
      synchronized (quiet) {
        quiet.notifyAll();
      }
    }
  }

  /** Waits up to {@code millis} for {@code live} to reach 0; returns whether it did. */
  boolean awaitNone(LongSupplier live, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    synchronized (quiet) {
      while (live.getAsLong() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(quiet, left);
      }
      return true;
    }
  }
}
