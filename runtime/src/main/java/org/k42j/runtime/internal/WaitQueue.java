package org.k42j.runtime.internal;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.k42j.runtime.spi.Parking;

/**
 * Waiters parked until a condition holds, woken by whoever makes it hold: the runtime's condition
 * wait for rare events (a swap's phase, a drained count, a free lock), through the installed
 * identity's {@link Parking}, so a virtual thread unmounts and a kernel user-level thread gives its
 * processor to its dispatcher, instead of {@code Object.wait} holding a carrier.
 *
 * <p>Invariants: a waiter is in {@code parked} from before its first check of the condition until
 * it returns; the condition is made true by volatile writes before {@link #wakeAll} reads {@code
 * parked} (a volatile read), and a waiter adds itself (a volatile write) before it reads the
 * condition, so by sequential consistency of volatile accesses either the waker sees the waiter or
 * the waiter sees the condition: no lost wake-up. Each waiter is unparked through the parking it
 * parked under. Spurious wake-ups only re-check the condition; an interrupt is remembered and
 * restored on return (these waits are not interruptible).
 *
 * <p>A queue made {@linkplain #passingOn() passing on} wakes its waiters in turn: {@link #wakeAll}
 * unparks the first {@value #FAN_OUT}, and every waiter that leaves, once it is out of the queue,
 * unparks the first {@value #FAN_OUT} still in it if the condition holds then (re-checked after
 * leaving, so it must be free of side effects). The waker thus makes {@value #FAN_OUT} unparks, not
 * one per waiter: on an oversubscribed host each woken thread may preempt the waker, and waking
 * eight threads one after another would cost it a time slice each; the wake-ups spread as a tree.
 * No waiter is left behind: a waiter queued when the condition became true is either at the head
 * that the waker (or a leaving waiter, after the condition became true) unparks, or behind one,
 * which passes the wake-up on when it leaves.
 */
final class WaitQueue {
  private static final long CHECK_NANOS = 10_000_000L;
  private static final int FAN_OUT = 2;

  private final ConcurrentLinkedQueue<Entry> parked = new ConcurrentLinkedQueue<>();
  private final boolean passingOn;

  WaitQueue() {
    this(false);
  }

  private WaitQueue(boolean passingOn) {
    this.passingOn = passingOn;
  }

  /**
   * A queue whose waiters pass a wake-up on, one to the next; for conditions that, once true, stay
   * true and can be read without side effects.
   */
  static WaitQueue passingOn() {
    return new WaitQueue(true);
  }

  /** Parks the calling waiter until {@code condition} is true; returns at once if it is. */
  void await(BooleanSupplier condition) {
    await(condition, null, null, null);
  }

  /**
   * As {@link #await(BooleanSupplier)}, for a destroy's or swap's wait in {@code phase}: parks at
   * most {@value #CHECK_NANOS} ns at a time and has {@code wait} check its bound (and report {@code
   * holders}) between parks; with a null {@code wait}, unbounded.
   *
   * @throws org.k42j.runtime.LifecycleTimeoutException when the bound passes first
   */
  void await(
      BooleanSupplier condition, LifecycleWait wait, String phase, Supplier<String> holders) {
    awaitParking(
        condition,
        parking -> {
          if (wait != null) {
            wait.check(phase, holders);
            parking.parkNanos(Math.min(CHECK_NANOS, Math.max(1, wait.remainingNanos())));
          } else if (parking == Parking.threads()) {
            LockSupport.park(this); // the same; called here, Lincheck's model checker sees the park
          } else {
            parking.park();
          }
          return true;
        });
  }

  /**
   * As {@link #await(BooleanSupplier)}, but returns also once {@link System#nanoTime()} has reached
   * {@code deadline}, whether or not {@code condition} holds then.
   */
  void awaitUntil(BooleanSupplier condition, long deadline) {
    awaitParking(
        condition,
        parking -> {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return false;
          }
          parking.parkNanos(left);
          return true;
        });
  }

  /** One pause of a wait: parks (or gives up, returning false) under the waiter's parking. */
  private interface Pause {
    boolean pause(Parking parking);
  }

  /**
   * The wait both forms share: in the queue from before the first check of {@code condition} until
   * it holds or {@code pause} gives up; an interrupt is remembered and restored on return.
   */
  private void awaitParking(BooleanSupplier condition, Pause pause) {
    if (condition.getAsBoolean()) {
      return;
    }
    Parking parking = Waiters.parking();
    Entry entry = new Entry(parking.waiter(), parking);
    parked.add(entry);
    boolean interrupted = false;
    try {
      while (!condition.getAsBoolean() && pause.pause(parking)) {
        interrupted |= Thread.interrupted();
      }
    } finally {
      leave(entry, condition);
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Wakes every parked waiter to re-check its condition; call after making it true. A passing-on
   * queue's waiters are woken in turn, the first by this call.
   */
  void wakeAll() {
    int woken = 0;
    for (Entry entry : parked) {
      unpark(entry);
      if (passingOn && ++woken == FAN_OUT) {
        return;
      }
    }
  }

  /** Takes {@code entry} out of the queue; in a passing-on queue, wakes the next waiters. */
  private void leave(Entry entry, BooleanSupplier condition) {
    parked.remove(entry);
    if (passingOn && condition.getAsBoolean()) {
      wakeAll();
    }
  }

  private static void unpark(Entry entry) {
    if (entry.parking == Parking.threads()) {
      LockSupport.unpark((Thread) entry.waiter);
    } else {
      entry.parking.unpark(entry.waiter);
    }
  }

  /** Whether a waiter may be parked (a racy hint, to skip a needless {@link #wakeAll}). */
  boolean hasWaiters() {
    return !parked.isEmpty();
  }

  private static final class Entry {
    final Object waiter;
    final Parking parking;

    Entry(Object waiter, Parking parking) {
      this.waiter = waiter;
      this.parking = parking;
    }
  }
}
