package org.k42j.kernel.testing;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a body on several threads started together, and fails with the first failure. */
public final class Parallel {
  private Parallel() {}

  /** The work of one thread, given its index. */
  @FunctionalInterface
  public interface Body {
    void run(int thread) throws Exception;
  }

  /**
   * Runs {@code body} on {@code threads} new threads that start together and waits for all of them;
   * throws an {@link AssertionError} carrying the first failure, if any.
   */
  public static void run(int threads, Body body) throws InterruptedException {
    CyclicBarrier start = new CyclicBarrier(threads);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread[] started = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int thread = t;
      started[t] =
          new Thread(
              () -> {
                try {
                  start.await();
                  body.run(thread);
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              },
              "parallel-" + t);
      started[t].start();
    }
    for (Thread thread : started) {
      thread.join();
    }
    if (failure.get() != null) {
      throw new AssertionError("a thread failed", failure.get());
    }
  }
}
