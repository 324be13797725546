package org.k42j.runtime.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.Supplier;
import org.k42j.runtime.LifecycleTimeoutException;
import org.k42j.runtime.events.LifecycleWaitEvent;
import org.k42j.runtime.quiescence.GraceWait;
import org.k42j.runtime.spi.Parking;

/**
 * The clock of one destroy's or hot swap's waits (grace period, caller scan, drain, swap lock):
 * what it may wait at most, and what it says while it waits long. Each wait loop calls {@link
 * #check} on every round with what holds it now; past the report threshold the first time in a
 * phase (and whenever the wait has doubled since), it logs a warning through {@link System.Logger}
 * ({@code org.k42j.runtime.lifecycle}) and commits a {@link LifecycleWaitEvent}, both naming the
 * holders; past the bound it throws {@link LifecycleTimeoutException} with them.
 *
 * <p>Defaults, read once: {@code -Dk42j.lifecycle.timeout} (an ISO-8601 duration such as {@code
 * PT30S}, or milliseconds; 60 s when unset) and {@code -Dk42j.lifecycle.reportAfter} (likewise; 1 s
 * when unset).
 *
 * <p>Invariants: used by the one thread that runs the operation (no field is shared); the holders
 * are computed only when reporting or throwing, never on a round that does neither.
 */
final class LifecycleWait implements GraceWait {
  static final Duration DEFAULT_TIMEOUT =
      duration("k42j.lifecycle.timeout", Duration.ofSeconds(60));
  static final Duration REPORT_AFTER =
      duration("k42j.lifecycle.reportAfter", Duration.ofSeconds(1));
  private static final System.Logger LOG = System.getLogger("org.k42j.runtime.lifecycle");

  private final String operation;
  private final String object;
  private final Duration bound;
  private final long started = System.nanoTime();
  private final long deadline;
  private final boolean scanFollows;
  private String phase = "";
  private long nextReport;

  LifecycleWait(String operation, Object object, Duration bound) {
    this(operation, object, bound, false);
  }

  /**
   * A wait whose grace period is followed by a caller scan ({@code scanFollows}: a destroy's or a
   * swap's), which may leave requests of live platform threads to that scan.
   */
  LifecycleWait(String operation, Object object, Duration bound, boolean scanFollows) {
    this.scanFollows = scanFollows;
    if (bound.isNegative() || bound.isZero()) {
      throw new IllegalArgumentException(
          "a " + operation + " needs a positive bound to wait, got " + bound);
    }
    this.operation = operation;
    this.object = String.valueOf(object);
    this.bound = bound;
    long nanos = saturatedNanos(bound);
    this.deadline = started + nanos;
  }

  /** With the default bound. */
  static LifecycleWait withDefaultBound(String operation, Object object) {
    return new LifecycleWait(operation, object, DEFAULT_TIMEOUT);
  }

  @Override
  public Object waiter() {
    return Waiters.current();
  }

  @Override
  public Parking parking() {
    return Waiters.parking();
  }

  @Override
  public String describeOpenSince(long sinceNanos) {
    return OpenRequests.describeOpenSince(sinceNanos);
  }

  /**
   * Whether a swap's or destroy's grace period may leave the {@code counted} requests still open to
   * the caller scan: every one belongs to a live platform thread (the counters were read first,
   * then the records, which never count more than the counters did).
   */
  @Override
  public boolean onlyScannedThreadsOpen(int parity, long counted) {
    return scanFollows && counted <= OpenRequests.openOnScannedThreads(parity);
  }

  /** Whether a caller scan follows this wait's grace period. */
  boolean scanFollows() {
    return scanFollows;
  }

  /** The nanoseconds left before the bound passes (at least 0). */
  long remainingNanos() {
    return Math.max(0, deadline - System.nanoTime());
  }

  /**
   * One round of a wait in {@code phase} that is not over: reports the holders once the wait is
   * long, throws once the bound has passed.
   *
   * @throws LifecycleTimeoutException when the bound has passed
   */
  @Override
  public void check(String phase, Supplier<String> holders) {
    long now = System.nanoTime();
    if (!phase.equals(this.phase)) {
      this.phase = phase;
      nextReport = now + saturatedNanos(REPORT_AFTER);
    }
    if (now - deadline >= 0) {
      String named = holders.get();
      throw new LifecycleTimeoutException(
          "the "
              + operation
              + " of "
              + object
              + " waited "
              + millis(now - started)
              + " (its bound: "
              + bound
              + ") in its "
              + phase
              + " for "
              + named
              + consequence(),
          bound);
    }
    if (now - nextReport >= 0) {
      nextReport = now + Math.max(now - started, saturatedNanos(REPORT_AFTER));
      report(now, holders.get());
    }
  }

  private String consequence() {
    return operation.equals("destroy")
        ? "; the object refuses calls, and its cleanup runs once those end (cleanedUp(handle))"
        : "; the object keeps its old reps. End the requests that never end (close every"
            + " Requests.enter()), or swap with a longer bound";
  }

  private void report(long now, String holders) {
    String message =
        "the "
            + operation
            + " of "
            + object
            + " has waited "
            + millis(now - started)
            + " in its "
            + phase
            + " for "
            + holders
            + " (it gives up after "
            + bound
            + ")";
    LOG.log(Level.WARNING, message);
    LifecycleWaitEvent event = new LifecycleWaitEvent();
    if (event.shouldCommit()) {
      event.operation = operation;
      event.object = object;
      event.phase = phase;
      event.waitedNanos = now - started;
      event.holders = holders;
      event.commit();
    }
  }

  private static String millis(long nanos) {
    return nanos / 1_000_000 + " ms";
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE / 2;
    }
  }

  private static Duration duration(String property, Duration fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return value.chars().allMatch(Character::isDigit)
          ? Duration.ofMillis(Long.parseLong(value))
          : Duration.parse(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "-D"
              + property
              + "="
              + value
              + " is not a duration; give milliseconds or ISO-8601 (PT30S)",
          e);
    }
  }
}
