package org.k42j.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs one task on several new threads that start together, and reports how long they took from the
 * common start to the last one's end. Used by the demo to time each form and by the tests to put
 * the examples under contention.
 *
 * <pre>{@code
 * long nanos = ParallelRun.timed(8, thread -> {
 *   for (int i = 0; i < 1_000_000; i++) counter.increment();
 * });
 * }</pre>
 */
public final class ParallelRun {
  private ParallelRun() {}

  /**
   * Runs {@code task.accept(t)} on threads {@code t = 0..threads-1}, released at the same moment
   * once all of them are running, and waits for all of them.
   *
   * @return the nanoseconds from the release to the end of the last thread
   * @throws IllegalStateException if a task threw; the first failure is the cause, the others are
   *     suppressed
   */
  public static long timed(int threads, IntConsumer task) throws InterruptedException {
    if (threads < 1) {
      throw new IllegalArgumentException("need at least one thread, got " + threads);
    }
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      int index = t;
      Thread worker =
          new Thread(
              () -> {
                ready.countDown();
                try {
                  go.await();
                  task.accept(index);
                } catch (Throwable e) {
                  if (!failure.compareAndSet(null, e)) {
                    failure.get().addSuppressed(e);
                  }
                }
              },
              "parallel-run-" + t);
      workers.add(worker);
      worker.start();
    }
    ready.await();
    long start = System.nanoTime();
    go.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    long elapsed = System.nanoTime() - start;
    if (failure.get() != null) {
      throw new IllegalStateException("a task of a parallel run failed", failure.get());
    }
    return elapsed;
  }
}
