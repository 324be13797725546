package org.k42j.runtime.spi;

import java.util.concurrent.locks.LockSupport;

/**
 * How the runtime waits: who the calling <em>waiter</em> is, and how it parks and is unparked. A
 * wait belongs to the caller's scheduler, so the installed {@link ProcessorIdentity} supplies this
 * ({@link ProcessorIdentity#parking()}): on plain and virtual threads it is {@link #threads()}
 * ({@link LockSupport}: a parked virtual thread unmounts from its carrier); under the k42j kernel a
 * waiter is a user-level thread, and a park hands its virtual processor to the dispatcher, which
 * runs the processor's other user-level threads meanwhile.
 *
 * <p>The runtime's guards, the hot swap's mediator, the grace period and the caller scan wait only
 * through this: ownership of an exclusive rep's guard is by {@link #waiter()}, never by carrier
 * thread, so two user-level threads that share a carrier are two owners.
 *
 * <p>Contract, as {@link LockSupport}'s: {@link #park()} and {@link #parkNanos} may return
 * spuriously (callers re-check their condition in a loop); an {@link #unpark} that comes before the
 * waiter's park makes its next park return at once; {@link #unpark} may be called from any thread,
 * and for a waiter that is not parked it does nothing but that.
 */
public interface Parking {
  /**
   * The calling waiter's identity: the {@code Thread} on plain and virtual threads, the user-level
   * thread under a kernel. Equal keys mean the same waiter; compared by identity.
   */
  Object waiter();

  /** Parks the calling waiter until it is unparked (or spuriously). */
  void park();

  /** Parks the calling waiter for at most {@code nanos} (or until unparked, or spuriously). */
  void parkNanos(long nanos);

  /** Unparks {@code waiter}, a key {@link #waiter()} returned; callable from any thread. */
  void unpark(Object waiter);

  /**
   * Gives the calling waiter's processor to others for a moment without parking (a polling wait's
   * pause): {@link Thread#yield()} on threads, a user-level yield under a kernel.
   */
  void pause();

  /** Parking for plain JVM threads and virtual threads: {@link LockSupport}. */
  static Parking threads() {
    return ThreadParking.INSTANCE;
  }
}

/** {@link Parking#threads()}: the waiter is the current {@code Thread}. */
final class ThreadParking implements Parking {
  static final ThreadParking INSTANCE = new ThreadParking();

  private ThreadParking() {}

  @Override
  public Object waiter() {
    return Thread.currentThread();
  }

  @Override
  public void park() {
    LockSupport.park(this);
  }

  @Override
  public void parkNanos(long nanos) {
    LockSupport.parkNanos(this, nanos);
  }

  @Override
  public void unpark(Object waiter) {
    LockSupport.unpark((Thread) waiter);
  }

  @Override
  public void pause() {
    Thread.yield();
  }

  @Override
  public String toString() {
    return "Parking.threads()";
  }
}
