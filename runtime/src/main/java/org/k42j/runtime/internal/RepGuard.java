package org.k42j.runtime.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.k42j.runtime.spi.AccessProbes;

/**
 * Base of generated {@code Contract_Guard}s: the row entry of an exclusive rep on plain JVM
 * threads, which lets one thread at a time into the rep.
 *
 * <h2>Design</h2>
 *
 * <p>A reentrant owner word: the uncontended acquire is one compare-and-swap and the release is one
 * release store, on a cache line the guard's state has to itself: 64 bytes of padding on each side
 * keep the object before the guard in memory, the guard's header and the generated subclass's
 * fields off that line (checked against the running JVM's layout by a test). Fields of a subclass
 * may be placed in gaps a superclass leaves (JDK 15 and later), so each padding block has an int
 * for the 4-byte gap a header or the state may leave, which a subclass's field would otherwise
 * take. A thread that finds the guard taken tells the root (which, under the adaptive policy, gives
 * the processor a rep of its own), then spins briefly and yields. Reentrancy lets a rep call back
 * into its own clustered object.
 *
 * <p>The contended thread is also moved to another processor slot (as {@code Striped64} rehashes),
 * unless its contention gave its processor a rep of its own (adaptive policy) or another thread
 * that waited here moved away while it waited (threads waiting on each other would otherwise all
 * move by the same step and meet again), and only when it releases this guard, not while it waits:
 * it still enters this guard's rep, and a thread inside a rep must stay on a processor whose entry
 * is that rep, or a call back into its own object would go to another processor's guard, where two
 * threads doing the same deadlock (each holding the guard the other waits for). Moves that still
 * happen inside a rep (a contended call into another clustered object, threads sharing a probe
 * entry) are described in {@link org.k42j.runtime.spi.ThreadSlotIdentity}.
 *
 * <p>Invariants: {@code owner} is null or the single thread inside the rep; {@code holds} and
 * {@code moveOnRelease} are read and written only by the owner, {@code departures} written only by
 * the owner (waiters read it racily, as a hint); a release store of null in {@link #unlock()}
 * publishes every write the owner made inside the rep to the next owner's acquiring
 * compare-and-swap; the processor identity is told of contention only by a thread that holds no
 * hold on this guard any more.
 */
public abstract class RepGuard extends RepGuardState {
  private static final int SPINS_BEFORE_YIELD = 64;

  // Padding after the state (the state's own superclass pads before it); the int takes a 4-byte
  // gap the state may leave (with 16-byte headers), where a subclass's reference would go.
  long p10, p11, p12, p13, p14, p15, p16, p17;
  int p18;

  /** For a generated guard of a rep of the object whose core is {@code core}. */
  protected RepGuard(RootCore<?> core) {
    super(core);
  }

  /** Enters the rep; reentrant. */
  protected final void lock() {
    Thread me = Thread.currentThread();
    if (OWNER.compareAndSet(this, null, me)) {
      holds = 1;
      AccessProbes.enter(this);
    } else {
      lockSlow(me);
    }
  }

  /** Leaves the rep. */
  protected final void unlock() {
    if (--holds == 0) {
      boolean move = moveOnRelease;
      if (move) {
        moveOnRelease = false;
        departures++; // before the release store, so the next owner sees it
      }
      AccessProbes.exit(this);
      OWNER.setRelease(this, null);
      if (move) {
        InstalledMachine.identity().contended();
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
    // Read before anything else (a racy read; it only decides whether to move): a thread that
    // waited here and moved away after this read has already relieved the contention.
    int departuresSeen = departures;
    // A processor that just got a rep of its own keeps its thread: moving would leave that rep
    // behind and send the thread to share another.
    boolean grew = core.contended(InstalledMachine.current());
    for (int spins = 0; ; spins++) {
      if (owner == null && OWNER.compareAndSet(this, null, me)) {
        holds = 1;
        moveOnRelease = !grew && departures == departuresSeen;
        AccessProbes.enter(this);
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

/**
 * Padding before the guard state: 64 bytes, plus an int that takes the 4-byte gap a 12-byte object
 * header leaves before the first long (where the layout would otherwise put a subclass's int).
 */
abstract class RepGuardPadding {
  int p00;
  long p01, p02, p03, p04, p05, p06, p07, p08;
}

/**
 * The guard's state, together on one line: the owner word, the hold count, the move flag and the
 * departure count (written), and the object's core (read by contending threads only).
 */
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
  int departures; // waiting threads that moved away on release, ever
  final RootCore<?> core;

  RepGuardState(RootCore<?> core) {
    this.core = core;
  }
}
