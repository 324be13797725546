package org.k42j.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Runs a body on several platform threads released at once by a barrier, and fails the test with
 * the first exception any of them threw (or with a dump of the threads if they hang).
 */
public final class Workers {
  /** Longer than any test here needs on a loaded 2-core machine; hitting it means a hang. */
  private static final long TIMEOUT_SECONDS = 120;

  /** What one worker thread runs; {@code index} is {@code 0..threads-1}. */
  @FunctionalInterface
  public interface Body {
    void run(int index) throws Exception;
  }

  private Workers() {}

  /** Starts {@code threads} threads, releases them together into {@code body}, joins them all. */
  public static void run(int threads, Body body) throws InterruptedException {
    run(threads, TIMEOUT_SECONDS, body);
  }

  /** As {@link #run(int, Body)}, failing as a hang after {@code timeoutSeconds}. */
  public static void run(int threads, long timeoutSeconds, Body body) throws InterruptedException {
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Thread> started = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int index = t;
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                  body.run(index);
                } catch (Throwable e) {
                  synchronized (failures) {
                    failures.add(e);
                  }
                }
              },
              "worker-" + t);
      thread.setDaemon(true); // a deadlocked worker must not keep the test JVM alive
      started.add(thread);
    }
    started.forEach(Thread::start);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    for (Thread thread : started) {
      thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      if (thread.isAlive()) {
        AssertionError hang = new AssertionError(thread.getName() + " did not finish: a hang");
        for (Thread t : started) {
          Throwable stack = new Throwable(t.getName() + " " + t.getState());
          stack.setStackTrace(t.getStackTrace());
          hang.addSuppressed(stack);
        }
        started.forEach(Thread::interrupt);
        throw hang;
      }
    }
    synchronized (failures) {
      if (!failures.isEmpty()) {
        AssertionError error = new AssertionError("a worker failed", failures.get(0));
        failures.subList(1, failures.size()).forEach(error::addSuppressed);
        throw error;
      }
    }
  }
}
