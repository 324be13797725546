package org.k42j.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.k42j.runtime.LifecycleTimeoutException;
import org.k42j.runtime.quiescence.Quiescence;

/**
 * Runs work that must wait for a grace period when the thread that asks for it cannot wait: a
 * destroy called inside a request, whose cleanup may run only after that very request has ended.
 * One daemon thread, started on first use, takes every action queued so far, waits for one grace
 * period ({@link Quiescence}) and runs them.
 *
 * <p>Invariants: an action runs after a grace period that began after it was queued, so after every
 * request running when it was queued has ended (the queuing thread's own included); each action
 * runs once; an action that throws does not stop the others (actions report their own failures).
 */
final class Reclaimer {
  private static final LinkedBlockingQueue<Runnable> QUEUE = new LinkedBlockingQueue<>();
  private static boolean started; // guarded by Reclaimer.class

  private Reclaimer() {}

  /** Queues {@code action} to run after the next grace period. */
  static void afterGracePeriod(Runnable action) {
    start();
    QUEUE.add(action);
  }

  private static synchronized void start() {
    if (started) {
      return;
    }
    Thread thread = new Thread(Reclaimer::loop, "k42j-reclaimer");
    thread.setDaemon(true);
    thread.start();
    started = true;
  }

  private static void loop() {
    List<Runnable> batch = new ArrayList<>();
    while (true) {
      try {
        batch.add(QUEUE.take());
      } catch (InterruptedException e) {
        continue; // the reclaimer lives as long as the JVM
      }
      QUEUE.drainTo(batch);
      try {
        // Bounded, so that a request that never ends does not hold the grace periods' lock
        // forever (every destroy and swap would wait for it): give up, report, and try again.
        Quiescence.global()
            .awaitGracePeriod(LifecycleWait.withDefaultBound("deferred cleanup", "queued objects"));
      } catch (LifecycleTimeoutException notYet) {
        QUEUE.addAll(batch);
        batch.clear();
        continue;
      }
      for (Runnable action : batch) {
        try {
          action.run();
        } catch (RuntimeException | Error e) {
          // Actions report their own failures; this is a last resort.
          Thread me = Thread.currentThread();
          me.getUncaughtExceptionHandler().uncaughtException(me, e);
        }
      }
      batch.clear();
    }
  }
}
