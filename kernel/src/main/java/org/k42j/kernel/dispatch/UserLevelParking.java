package org.k42j.kernel.dispatch;

import java.util.concurrent.locks.LockSupport;
import org.k42j.runtime.spi.Parking;

/**
 * The runtime's {@link Parking} under the kernel ({@link UThread#parking()}): a waiter is the
 * user-level thread, not its carrier (on the continuation backend every user-level thread of a
 * processor runs on one carrier thread), and a park is {@link UThread#park}: the dispatcher runs
 * the processor's other threads meanwhile, so the thread a waiter waits for (another user-level
 * thread of its processor, maybe yielded inside a rep) can run. Code that is not on a user-level
 * thread (a plain thread, a helper of a blocking call) waits as a plain thread does.
 *
 * <p>Invariants: a key is a {@link UThread} exactly when {@link #waiter()} was called on that
 * user-level thread, and then it is unparked through {@link UThread#unpark} (an event posted to its
 * processor when called from elsewhere), otherwise it is a {@code Thread} and unparked through
 * {@link LockSupport}; a permit given before a park makes that park return at once, for both.
 */
final class UserLevelParking implements Parking {
  static final UserLevelParking INSTANCE = new UserLevelParking();

  private UserLevelParking() {}

  @Override
  public Object waiter() {
    UThread thread = UThread.currentOrNull();
    return thread != null ? thread : Thread.currentThread();
  }

  @Override
  public void park() {
    if (UThread.currentOrNull() != null) {
      UThread.park();
    } else {
      LockSupport.park(this);
    }
  }

  @Override
  public void parkNanos(long nanos) {
    if (UThread.currentOrNull() != null) {
      UThread.parkNanos(nanos);
    } else {
      LockSupport.parkNanos(this, nanos);
    }
  }

  @Override
  public void unpark(Object waiter) {
    if (waiter instanceof UThread) {
      ((UThread) waiter).unpark();
    } else {
      LockSupport.unpark((Thread) waiter);
    }
  }

  @Override
  public void pause() {
    if (UThread.currentOrNull() != null) {
      UThread.yieldNow();
    } else {
      Thread.yield();
    }
  }

  @Override
  public String toString() {
    return "UThread.parking()";
  }
}
