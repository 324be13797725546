package org.k42j.benchmarks;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * The callers of one oversubscription point: a fixed total of calls split over {@code n} callers,
 * run as shots. {@link #arm} starts every caller and waits until all of them are waiting at the
 * start line (not timed); {@link #fire} releases them and returns when the last one has made its
 * share (timed: this is what a shot measures); {@link #disarm} checks the shot.
 *
 * <p>Platform callers are the threads of a fixed pool created once, as a service's worker pool is;
 * virtual callers are 10,000-odd virtual threads started anew for every shot (one per task, as
 * virtual threads are used) and parked at the start line before the shot is timed, so their
 * creation is not in the time but their wake-up and scheduling are.
 *
 * <p>Invariants: between {@link #arm} and the end of {@link #fire}, every caller {@code i} makes
 * exactly {@link #share(long, int, int)} calls of its own {@link Caller} unless the shot's deadline
 * passes, in which case it stops early and the shot is reported as failed; no caller runs outside a
 * shot; every wait is bounded.
 */
final class Callers implements AutoCloseable {
  /** What one caller does once per call. */
  interface Caller {
    void call();
  }

  /** A shot that did not finish in time: the point's time per call exceeds the bound. */
  static final class ShotTooLongException extends RuntimeException {
    ShotTooLongException(String message) {
      super(message);
    }
  }

  /** How often (in calls) a caller looks at the clock. */
  private static final int DEADLINE_CHECK_MASK = 255;

  /** How long callers may take past the bound to finish the call they are in, and to stop. */
  private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(10);

  /** How long arming (starting the callers) may take before it is an error. */
  private static final long ARM_TIMEOUT_SECONDS = 120;

  private final CallerCount count;
  private final Caller[] callers;
  private final long callsPerShot;
  private final long shotBoundNanos;
  private final ExecutorService executor;

  private CountDownLatch ready;
  private CountDownLatch go;
  private CountDownLatch done;
  private volatile long deadline;
  private final AtomicLong callsMade = new AtomicLong();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /**
   * @param count how many callers and on which kind of thread
   * @param callerOf the caller state of caller {@code i}, made once and reused by every shot
   * @param callsPerShot the fixed total of calls of one shot, split over the callers
   * @param shotBoundNanos how long a shot may take before its callers stop and it fails
   */
  Callers(CallerCount count, IntFunction<Caller> callerOf, long callsPerShot, long shotBoundNanos) {
    if (callsPerShot < count.callers()) {
      throw new IllegalArgumentException(
          "need at least one call per caller: " + callsPerShot + " calls, " + count);
    }
    this.count = count;
    this.callers = new Caller[count.callers()];
    for (int i = 0; i < callers.length; i++) {
      callers[i] = callerOf.apply(i);
    }
    this.callsPerShot = callsPerShot;
    this.shotBoundNanos = shotBoundNanos;
    this.executor =
        count.virtual()
            ? VirtualThreads.perTaskExecutor()
            : Executors.newFixedThreadPool(count.callers(), platformThreads());
  }

  /** The calls caller {@code index} of {@code callers} makes in a shot of {@code total} calls. */
  static long share(long total, int callers, int index) {
    return total / callers + (index < total % callers ? 1 : 0);
  }

  /** Starts every caller and returns once all of them wait at the start line. */
  void arm() throws InterruptedException {
    ready = new CountDownLatch(callers.length);
    go = new CountDownLatch(1);
    done = new CountDownLatch(callers.length);
    callsMade.set(0);
    failure.set(null);
    for (int i = 0; i < callers.length; i++) {
      int index = i;
      executor.execute(() -> runShare(index));
    }
    if (!ready.await(ARM_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      throw new IllegalStateException(
          "callers not started after " + ARM_TIMEOUT_SECONDS + " s: " + ready.getCount() + " left");
    }
  }

  /** Releases the callers and waits for the last one: the timed part of a shot. */
  void fire() throws InterruptedException {
    deadline = System.nanoTime() + shotBoundNanos;
    go.countDown();
    // The callers stop at the deadline; the extra time lets them finish the call they are in.
    if (!done.await(shotBoundNanos + GRACE_NANOS, TimeUnit.NANOSECONDS)) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "callers did not stop %d s after the shot's bound of %d ms: %d of %s still inside"
                  + " a call",
              TimeUnit.NANOSECONDS.toSeconds(GRACE_NANOS),
              TimeUnit.NANOSECONDS.toMillis(shotBoundNanos),
              done.getCount(),
              count));
    }
  }

  /**
   * Checks the shot just fired: every call made, no caller failed.
   *
   * @throws ShotTooLongException if the bound passed before every call was made
   */
  void disarm() {
    Throwable failed = failure.get();
    if (failed != null) {
      throw new IllegalStateException("a caller failed: " + failed, failed);
    }
    long made = callsMade.get();
    if (made != callsPerShot) {
      throw new ShotTooLongException(
          String.format(
              Locale.ROOT,
              "shot over its bound of %d ms: %,d of %,d calls made by %s, so more than %.0f ns"
                  + " per call",
              TimeUnit.NANOSECONDS.toMillis(shotBoundNanos),
              made,
              callsPerShot,
              count,
              (double) shotBoundNanos / Math.max(1, made)));
    }
  }

  private void runShare(int index) {
    long calls = share(callsPerShot, callers.length, index);
    Caller caller = callers[index];
    long made = 0;
    try {
      ready.countDown();
      go.await();
      long until = deadline;
      while (made < calls) {
        caller.call();
        made++;
        if ((made & DEADLINE_CHECK_MASK) == 0 && System.nanoTime() - until > 0) {
          break;
        }
      }
    } catch (Throwable e) {
      if (!failure.compareAndSet(null, e)) {
        failure.get().addSuppressed(e);
      }
    } finally {
      callsMade.addAndGet(made);
      done.countDown();
    }
  }

  @Override
  public void close() throws InterruptedException {
    executor.shutdownNow();
    if (!executor.awaitTermination(GRACE_NANOS, TimeUnit.NANOSECONDS)) {
      throw new IllegalStateException(
          "callers still running "
              + TimeUnit.NANOSECONDS.toSeconds(GRACE_NANOS)
              + " s after the last shot (stuck inside a call; the fork exits anyway)");
    }
  }

  private static ThreadFactory platformThreads() {
    AtomicInteger next = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "caller-" + next.getAndIncrement());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * The JDK's virtual threads, reached by reflection: this module is compiled for Java 17, and
   * virtual threads exist from JDK 21.
   */
  static final class VirtualThreads {
    private VirtualThreads() {}

    /** Whether this JVM has virtual threads. */
    static boolean available() {
      return Runtime.version().feature() >= 21;
    }

    /** Why not, for a skipped point. */
    static String unavailableReason() {
      return "virtual threads need JDK 21 or later; this JVM is " + Runtime.version();
    }

    static ExecutorService perTaskExecutor() {
      if (!available()) {
        throw new UnsupportedOperationException(unavailableReason());
      }
      try {
        Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
        return (ExecutorService) factory.invoke(null);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("no virtual-thread executor in " + Runtime.version(), e);
      }
    }
  }
}
