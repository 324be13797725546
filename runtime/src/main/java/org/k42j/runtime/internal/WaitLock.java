package org.k42j.runtime.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A reentrant mutual exclusion lock owned by a <em>waiter</em> ({@link Waiters#current()}), not by
 * a carrier thread, whose waiters park through the installed identity's parking: for the runtime's
 * rare, long sections (one hot swap of an object at a time), which {@code synchronized} would pin
 * to a carrier and {@code ReentrantLock} would own by carrier thread (wrong under the k42j kernel,
 * where user-level threads share one).
 *
 * <p>Invariants: {@code owner} is null or the one waiter holding the lock, and changes from null
 * only by compare-and-swap; {@code holds} is read and written only by the owner; a release clears
 * the owner (a volatile write) before it wakes the queue, and a waiter re-checks the owner after it
 * joins the queue ({@link WaitQueue}), so no release is missed.
 */
final class WaitLock {
  private final AtomicReference<Object> owner = new AtomicReference<>();
  private final WaitQueue queue = new WaitQueue();
  private int holds;

  /** Takes the lock, parking while another waiter holds it. */
  void lock() {
    lock(null, null, null);
  }

  /**
   * Takes the lock within {@code wait}'s bound (unbounded when null), reporting {@code holders}
   * while it waits long.
   *
   * @throws org.k42j.runtime.LifecycleTimeoutException when the bound passes first
   */
  void lock(LifecycleWait wait, String phase, Supplier<String> holders) {
    Object me = Waiters.current();
    if (owner.get() == me) {
      holds++;
      return;
    }
    while (!owner.compareAndSet(null, me)) {
      queue.await(() -> owner.get() == null, wait, phase, holders);
    }
    holds = 1;
  }

  /** Releases one hold; the last wakes the waiters. */
  void unlock() {
    if (owner.get() != Waiters.current()) {
      throw new IllegalMonitorStateException("the calling waiter does not hold this lock");
    }
    if (--holds == 0) {
      owner.set(null);
      queue.wakeAll();
    }
  }

  /** Whether the calling waiter holds the lock. */
  boolean heldByCaller() {
    return owner.get() == Waiters.current();
  }
}
