package org.k42j.runtime.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.k42j.runtime.Processors;

/**
 * Base of generated {@code Contract_Guard}s: the row entry of an exclusive rep on plain JVM
 * threads, which lets one thread at a time into the rep.
 *
 * <h2>Design</h2>
 *
 * <p>A reentrant owner word: the uncontended acquire is one compare-and-swap on a line no other rep
 * shares (the state is padded on both sides against false sharing) and the release is one release
 * store. A thread that finds the guard taken tells the root (which, under the adaptive policy,
 * gives the processor a rep of its own), then spins briefly and yields. Reentrancy lets a rep call
 * back into its own clustered object.
 *
 * <p>The contended thread is also moved to another processor slot (as {@code Striped64} rehashes),
 * but only when it releases this guard, not while it waits: it still enters this guard's rep, and a
 * thread inside a rep must stay on a processor whose entry is that rep, or a call back into its own
 * object would go to another processor's guard, where two threads doing the same deadlock (each
 * holding the guard the other waits for). Moves that still happen inside a rep (a contended call
 * into another clustered object, threads sharing a probe entry) are described in {@link
 * org.k42j.runtime.spi.ThreadSlotIdentity}.
 *
 * <p>Invariants: {@code owner} is null or the single thread inside the rep; {@code holds} and
 * {@code moveOnRelease} are read and written only by the owner; a release store of null in {@link
 * #unlock()} publishes every write the owner made inside the rep to the next owner's acquiring
 * compare-and-swap; the processor identity is told of contention only by a thread that holds no
 * hold on this guard any more.
 */
public abstract class RepGuard extends RepGuardState {
  private static final int SPINS_BEFORE_YIELD = 64;

  // Padding after the state (the state's own superclass pads before it).
  long p10, p11, p12, p13, p14, p15, p16, p17;

  private final ClusterRoot<?, ?> root;

  /** For a generated guard of a rep of {@code root}. */
  protected RepGuard(ClusterRoot<?, ?> root) {
    this.root = root;
  }

  /** Enters the rep; reentrant. */
  protected final void lock() {
    Thread me = Thread.currentThread();
    if (OWNER.compareAndSet(this, null, me)) {
      holds = 1;
    } else {
      lockSlow(me);
    }
  }

  /** Leaves the rep. */
  protected final void unlock() {
    if (--holds == 0) {
      OWNER.setRelease(this, null);
      if (moveOnRelease) {
        moveOnRelease = false;
        Processors.contended();
      }
    }
  }

  /**
   * Runs {@code action} as the one thread inside the rep, as a call would: waits for a call inside
   * it to leave. Used for the rep's cleanup when its object is destroyed.
   */
  final void runExclusively(Runnable action) {
    lock();
    try {
      action.run();
    } finally {
      unlock();
    }
  }

  private void lockSlow(Thread me) {
    if (owner == me) {
      holds++;
      return;
    }
    root.contended(Processors.current());
    for (int spins = 0; ; spins++) {
      if (owner == null && OWNER.compareAndSet(this, null, me)) {
        holds = 1;
        moveOnRelease = true;
        return;
      }
      if (spins < SPINS_BEFORE_YIELD) {
        Thread.onSpinWait();
      } else {
        Thread.yield();
      }
    }
  }
}

/** Padding before the guard state. */
abstract class RepGuardPadding {
  long p00, p01, p02, p03, p04, p05, p06, p07;
}

/** The guard's owner word and hold count. */
abstract class RepGuardState extends RepGuardPadding {
  static final VarHandle OWNER;

  static {
    try {
      OWNER = MethodHandles.lookup().findVarHandle(RepGuardState.class, "owner", Thread.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  volatile Thread owner;
  int holds;
  boolean moveOnRelease;
}
