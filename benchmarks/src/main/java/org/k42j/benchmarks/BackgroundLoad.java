package org.k42j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Other work keeping the cores busy, as on a loaded host: one platform thread per core, each
 * spinning on arithmetic (never blocking, never yielding) at normal priority, until closed. The
 * scheduler then gives the benchmark's callers about their fair share of the cores and preempts
 * them wherever they are, inside a rep, a guard or a monitor included.
 *
 * <p>Invariant: the spinners run from construction until {@link #close()} returns, and touch
 * nothing but their own locals and one volatile flag.
 */
final class BackgroundLoad implements AutoCloseable {
  private final List<Thread> spinners = new ArrayList<>();
  private volatile boolean running = true;

  /** Keeps the spinners' arithmetic from being optimised away; never read. */
  @SuppressWarnings("unused")
  private volatile long sink;

  /** Starts {@code threads} spinners. */
  BackgroundLoad(int threads) {
    for (int i = 0; i < threads; i++) {
      Thread spinner = new Thread(this::spin, "background-load-" + i);
      spinner.setDaemon(true);
      spinners.add(spinner);
      spinner.start();
    }
  }

  /** One spinner per core of this JVM. */
  static BackgroundLoad onEveryCore() {
    return new BackgroundLoad(Runtime.getRuntime().availableProcessors());
  }

  private void spin() {
    long x = Thread.currentThread().getId();
    while (running) {
      for (int i = 0; i < 10_000; i++) {
        x = x * 6364136223846793005L + 1442695040888963407L;
      }
      sink = x;
    }
  }

  /** Stops the spinners and waits for them (bounded). */
  @Override
  public void close() throws InterruptedException {
    running = false;
    for (Thread spinner : spinners) {
      spinner.join(TimeUnit.SECONDS.toMillis(10));
      if (spinner.isAlive()) {
        throw new IllegalStateException(spinner.getName() + " did not stop within 10 s");
      }
    }
  }
}
