package org.k42j.kernel.backend;

import java.util.concurrent.locks.LockSupport;
import org.k42j.kernel.vp.VpThread;

/**
 * What every lane shares: the processor's scheduler runs on a {@link VpThread} of its own, which
 * idles parked and is woken by an unpark.
 *
 * <p>Invariants: {@code scheduler} is set once, before the thread starts; {@link #idle} parks only
 * the scheduler thread, and {@link #wake} may come from any thread at any time (a wake before the
 * park makes the park return at once; a spurious return only makes the scheduler re-check).
 */
abstract class SchedulerThreadLane implements Lane {
  final int processor;
  final String name;
  volatile VpThread scheduler;

  SchedulerThreadLane(int processor, String name) {
    this.processor = processor;
    this.name = name;
  }

  /** The scheduler thread for {@code schedulerLoop}, recorded but not started; call once. */
  final VpThread newScheduler(Runnable schedulerLoop) {
    if (scheduler != null) {
      throw new IllegalStateException("lane " + name + " is already started");
    }
    VpThread thread = new VpThread(processor, name, schedulerLoop);
    scheduler = thread;
    return thread;
  }

  @Override
  public final void wake() {
    VpThread thread = scheduler;
    if (thread != null) {
      LockSupport.unpark(thread);
    }
  }

  @Override
  public final void idle(long nanos) {
    if (nanos > 0) {
      LockSupport.parkNanos(this, nanos);
    } else {
      LockSupport.park(this);
    }
  }
}
