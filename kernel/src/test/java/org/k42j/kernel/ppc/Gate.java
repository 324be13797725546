package org.k42j.kernel.ppc;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.k42j.kernel.dispatch.UThread;

/**
 * A gate user-level threads wait at (parked, so their dispatcher runs other threads) until a test
 * opens it: the way tests keep a server thread busy inside a call.
 *
 * <p>Invariants: a waiter adds itself to {@code waiting} and then reads {@code open} before it
 * parks; {@link #open} writes {@code open} and then unparks everyone in {@code waiting} (volatile
 * write and read, so one of them sees the other: no waiter sleeps through the opening).
 */
final class Gate {
  private final ConcurrentLinkedQueue<UThread> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicInteger arrived = new AtomicInteger();
  private volatile boolean open;

  /** On a user-level thread: waits until the gate is open. */
  void await() {
    arrived.incrementAndGet();
    UThread self = UThread.current();
    while (!open) {
      waiting.add(self);
      if (open) {
        break;
      }
      UThread.park();
    }
  }

  void open() {
    open = true;
    UThread waiter;
    while ((waiter = waiting.poll()) != null) {
      waiter.unpark();
    }
  }

  /** Waits (a failure guard, not a timing assertion) until {@code count} threads arrived. */
  void awaitArrivals(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (arrived.get() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(arrived.get() + " of " + count + " threads reached the gate");
      }
      Thread.sleep(1);
    }
  }

  int arrived() {
    return arrived.get();
  }
}
