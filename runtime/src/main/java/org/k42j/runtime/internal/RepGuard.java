package org.k42j.runtime.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Supplier;
import org.k42j.runtime.spi.AccessProbes;
import org.k42j.runtime.spi.Parking;

/**
 * Base of generated {@code Contract_Guard}s: the row entry of an exclusive rep that several threads
 * may reach, which lets one waiter at a time into the rep.
 *
 * <h2>Design</h2>
 *
 * <p>A reentrant owner word: the uncontended acquire is one compare-and-swap and the release is one
 * release store (after two loads of the same line that find no waiter), on a cache line the guard's
 * state has to itself: 64 bytes of padding on each side keep the object before the guard in memory,
 * the guard's header and the generated subclass's fields off that line (checked against the running
 * JVM's layout by a test). Fields of a subclass may be placed in gaps a superclass leaves (JDK 15
 * and later), so each padding block has an int for the 4-byte gap a header or the state may leave,
 * which a subclass's field would otherwise take. Reentrancy lets a rep call back into its own
 * clustered object.
 *
 * <p>One file of some 600 lines, on purpose: the acquire, queueing, hand-over, abandonment and
 * retirement paths below keep one set of invariants together (stated at the end of this comment),
 * and each path's correctness rests on how the others write the owner word and the queues; apart,
 * they would read as independent when they are not.
 *
 * <p>The owner is a <em>waiter</em> ({@link Waiters#current()}, from the installed identity's
 * {@link Parking}): the thread on plain and virtual threads, the user-level thread under the k42j
 * kernel, where several user-level threads share one carrier thread and must not re-enter each
 * other's rep.
 *
 * <p><b>Contention.</b> A waiter that finds the guard taken tells the root (which, under the
 * adaptive policy, gives the processor a rep of its own), spins briefly, then queues and parks
 * through its {@link Parking} (a virtual thread unmounts; a user-level thread gives its virtual
 * processor to the dispatcher, which may run the owner). As in HotSpot's monitors, arriving waiters
 * push themselves on a lock-free stack ({@code waiters}); only the owner takes nodes off it, moving
 * the whole stack, oldest first, to the tail of a FIFO ({@code queue}) that only the owner reads or
 * writes. A release that finds a waiter takes the FIFO's head and either wakes it to compete with
 * arriving threads (which may barge in: throughput under oversubscription, where the woken waiter
 * may not run for a while) or, once that waiter has lost {@value #LOSSES_BEFORE_HANDOFF} times,
 * hands the guard straight to it (bounded unfairness: no waiter loses more often than that). At
 * most one woken waiter is in flight ({@code succ}, HotSpot's successor): while it has neither won
 * nor given up, a release wakes no one more, so a busy guard does not pay an unpark per release.
 * That check is the guard's one StoreLoad pair (a volatile release, then a read of {@code succ},
 * against the successor's volatile give-up and its re-read of the owner), and it is only on a
 * release that found waiters.
 *
 * <p><b>The lost wake-up, without a fence on the release.</b> The release stores null and looks for
 * waiters without a StoreLoad fence between the two, so a waiter that pushes while the owner
 * releases may read the old owner after its push and park, while the releaser's read missed the
 * push: a Dekker race. A waiter whose push found the stack empty is therefore <em>responsible</em>
 * (HotSpot's {@code _Responsible}): it parks with a timeout (from {@value
 * #FIRST_RESPONSIBLE_PARK_NANOS} ns, doubling to {@value #MAX_RESPONSIBLE_PARK_NANOS} ns) and
 * re-checks the owner word when it wakes. Why that suffices: a release that misses pushes read the
 * stack as empty (a non-empty read takes the slow path, which wakes a waiter), and the pushes it
 * missed come after that empty value in the stack's modification order, so the first of them pushed
 * onto an empty stack and is responsible; it wakes within its timeout, and every release after it
 * (or a barging thread's, whose compare-and-swap follows the missed pushes) sees the others. Nodes
 * already moved to the FIFO are never missed: the owner reads the FIFO exactly, and while it is
 * non-empty every release takes the slow path. The uncontended release pays nothing for this.
 *
 * <p><b>Moving on contention.</b> The contended waiter is also moved to another processor slot (as
 * {@code Striped64} rehashes), unless its contention gave its processor a rep of its own (adaptive
 * policy) or another waiter that waited here moved away while it waited (waiters would otherwise
 * all move by the same step and meet again), and only when it releases this guard, not while it
 * waits: a thread inside a rep must stay on a processor whose entry is that rep, or a call back
 * into its own object would go to another processor's guard, where two threads doing the same
 * deadlock. Moves that still happen inside a rep are described in {@link
 * org.k42j.runtime.spi.ThreadSlotIdentity}.
 *
 * <p><b>Retirement.</b> A hot swap holds every old guard while it exports the state and, once the
 * new reps serve, retires each ({@link #retire}); a destroy retires each guard after the rep's
 * cleanup. A retired guard's owner word is a {@link Retirement} for good: the fast path's
 * compare-and-swap fails on it, and only the slow path looks at it. The swap and the destroy wait
 * for every call that read an old entry (the grace period, the caller scan, the mediator's count),
 * so a call reaches a retired guard only from a thread they could not see (a virtual thread or a
 * continuation outside requests). What it gets then depends on how it came:
 *
 * <ul>
 *   <li>A call on a <em>per-rep route</em> (a method the dispatcher routes to the caller's own rep)
 *       gets {@code false} from {@link #lock()}, and the generated guard issues it again through
 *       the object's handle ({@link RootCore#handle()}): after a swap it runs once, on the rep that
 *       serves the caller now; after a destroy the handle refuses it with {@link
 *       org.k42j.runtime.ClusteredObjectDestroyedException}, as any call on a destroyed object. The
 *       call never ran on the old rep (it never owned the guard), so it runs exactly once.
 *   <li>A call that visits reps slot by slot is refused with the retirement's exception, as before:
 *       a gather's or broadcast's method on the guard ({@link #refusal}), and any method while the
 *       calling thread visits entries for root code ({@link EntryVisits}). Issued again through the
 *       handle it would run the whole gather again, or on the caller's rep instead of the one
 *       visited. A gather or broadcast reaches a retired guard only in the same case: it began
 *       ({@code RootCore.beginVisit}) on a thread the swap could not see, before the swap's
 *       mediator, read an old entry, and called it after the retirement; a visit the swap can see
 *       is waited for (its thread by the scan, or counted and drained by the mediator) before the
 *       first guard is held.
 * </ul>
 *
 * <h2>Invariants</h2>
 *
 * <ul>
 *   <li>{@code owner} is null, the single waiter inside the rep, or a {@link Retirement}; it
 *       changes from a waiter only by that waiter's release (to null, or straight to the waiter it
 *       hands the guard to) or retirement, from null only by a compare-and-swap, and never from a
 *       {@link Retirement}: no waiter enters a retired guard's rep. {@link #lock()} returns {@code
 *       false} (or throws, for a visit) only after reading a {@link Retirement}, so a call that got
 *       {@code false} holds nothing here and never ran on the rep; the retirement check is on the
 *       slow path only (the fast path's compare-and-swap from null fails on a retired guard).
 *   <li>{@code holds}, {@code moveOnRelease}, {@code departures} and {@code queue} are read and
 *       written only by the owner (waiters read {@code departures} racily, as a hint); the release
 *       store in {@link #unlock()} publishes them and every write made inside the rep to the next
 *       owner's acquiring compare-and-swap or hand-over.
 *   <li>A node is in at most one of the stack and the FIFO; only the owner removes nodes from
 *       either, and only the owner moves a node out of {@code QUEUED} ({@code WOKEN}, {@code
 *       GRANTED}), by compare-and-swap, except its own waiter's {@code CANCELLED} (the releaser
 *       skips those). A {@code GRANTED} node's waiter owns the guard (the owner word names it
 *       before the grant is unparked); a waiter that acquires while its node is still {@code
 *       QUEUED} removes the node itself, as owner.
 *   <li>{@code succ} is null or a {@code WOKEN} node whose waiter has neither won nor given up; it
 *       is set only by a releaser that found it null, and cleared only by its own waiter.
 *   <li>Whenever the guard is free and a waiter is parked, either a waiter has been woken to
 *       compete, or a responsible waiter is parked with a timeout (above).
 *   <li>The processor identity is told of contention only by a waiter that holds no hold on this
 *       guard any more.
 *   <li>A guard is retired only after its object's row was emptied under the root's lock (the swap
 *       installs the new reps, the destroy refuses calls), and the retirement's store is volatile:
 *       a call issued again through the handle after reading the retirement reads the row after
 *       that emptying, so it reaches the current reps (or the destroyed object's miss object),
 *       never this guard again. It may meet a guard a later swap retired, and goes again: once per
 *       swap it raced, never more.
 * </ul>
 */
public abstract class RepGuard extends RepGuardState {
  private static final int SPINS_BEFORE_QUEUEING = 64;
  private static final int LOSSES_BEFORE_HANDOFF = 4;
  private static final long FIRST_RESPONSIBLE_PARK_NANOS = 250_000L;
  private static final long MAX_RESPONSIBLE_PARK_NANOS = 16_000_000L;

  // Padding after the state (the state's own superclass pads before it); the int takes a 4-byte
  // gap the state may leave (with 16-byte headers), where a subclass's reference would go.
  long p10, p11, p12, p13, p14, p15, p16, p17;
  int p18;

  /** For a generated guard of a rep of the object whose core is {@code core}. */
  protected RepGuard(RootCore<?> core) {
    super(core);
  }

  /**
   * Enters the rep; reentrant. Returns {@code false}, holding nothing, only when the guard is
   * retired and the caller is on a per-rep route: the generated guard then issues the call again
   * through the object's handle. A caller inside a visit of entries ({@link EntryVisits}) gets the
   * retirement's exception instead (see the class comment).
   */
  protected final boolean lock() {
    Object me = Waiters.current();
    if (OWNER.compareAndSet(this, null, me)) {
      holds = 1;
      AccessProbes.enter(this);
      return true;
    }
    return lockSlow(me);
  }

  /**
   * The exception a retired {@code guard} refuses a visit's call with: for a generated guard's
   * gather, broadcast and on-root methods, which only visits reach, when {@link #lock()} returned
   * {@code false}. Static, with this parameter type, so that no contract method can clash with it.
   */
  protected static RuntimeException refusal(RepGuard guard) {
    Object current = guard.owner;
    if (!(current instanceof Retirement)) {
      throw new IllegalStateException("refusal() of a guard that is not retired: " + guard);
    }
    return ((Retirement) current).refusal();
  }

  /** Enters the rep as {@link #lock()} does, but refuses a retired guard's call in every case. */
  private void lockOrRefuse() {
    if (!lock()) {
      throw refusal(this);
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
      release();
      if (move) {
        InstalledMachine.identity().contended();
      }
    }
  }

  /**
   * Runs {@code action} as the one waiter inside the rep, as a call would: waits for a call inside
   * it to leave. Used for the rep's cleanup when its object is destroyed, and its state's export.
   */
  final void runExclusively(Runnable action) {
    lockOrRefuse();
    try {
      action.run();
    } finally {
      unlock();
    }
  }

  /**
   * Runs {@code action} as the one waiter inside the rep, then retires the guard for {@code why}
   * instead of releasing it (see {@link #retire}). On a guard already retired, runs {@code action}
   * at once: nobody can be inside. Used for a destroyed object's cleanup and a replaced rep's.
   */
  final void runAndRetire(Runnable action, Retirement why) {
    if (owner instanceof Retirement) {
      action.run();
      return;
    }
    lockOrRefuse();
    try {
      action.run();
    } finally {
      retire(why);
    }
  }

  /** Takes the guard for a hot swap's export, as a call would; {@link #release()} or retire it. */
  final void hold() {
    lockOrRefuse();
  }

  /** Gives up a {@link #hold()} of a swap that was undone: the rep serves again. */
  final void releaseHold() {
    unlock();
  }

  /**
   * By the waiter that holds the guard once (a {@link #hold()}): the rep's state has moved to new
   * reps (a hot swap) or was cleaned up (a destroy), so from now on the owner word is {@code why}
   * for good, and every call that still reaches this guard (through an entry it read before the
   * swap or destroy, on a thread neither could see) is issued again through the handle (a per-rep
   * route) or refused with {@code why}'s exception (a visit) instead of running on a rep whose
   * state is gone (see the class comment). Every waiter queued or pushed is woken to find that. The
   * store of {@code why} is volatile and precedes the taking of the stack, as a waiter's push
   * precedes its re-read of the owner: a push this retirement misses reads {@code why}.
   */
  final void retire(Retirement why) {
    holds = 0;
    moveOnRelease = false;
    AccessProbes.exit(this);
    OWNER.setVolatile(this, why);
    Waiter pushed = (Waiter) WAITERS.getAndSet(this, null);
    Waiter queued = queue;
    queue = null;
    wakeToFindRetired(queued);
    wakeToFindRetired(pushed);
  }

  private static void wakeToFindRetired(Waiter first) {
    for (Waiter w = first; w != null; ) {
      Waiter next = w.next;
      if (STATE.compareAndSet(w, Waiter.QUEUED, Waiter.WOKEN)) {
        w.parking.unpark(w.key);
      }
      w = next;
    }
  }

  /** Whether the guard was retired: its rep serves no call any more. */
  final boolean retired() {
    return owner instanceof Retirement;
  }

  /** Whether the calling waiter is inside the rep. */
  final boolean heldByCaller() {
    return owner == Waiters.current();
  }

  /** By the owner, its holds gone: frees the guard, or passes it to a waiter. */
  private void release() {
    if (queue == null && waiters == null) {
      OWNER.setRelease(this, null); // the uncontended exit: see the class comment
    } else {
      releaseContended();
    }
  }

  /** {@link #lock()}'s slow path: reentry, retirement, or contention. */
  private boolean lockSlow(Object me) {
    Object current = owner;
    if (current == me) {
      holds++;
      return true;
    }
    if (current instanceof Retirement) {
      return turnedAway((Retirement) current);
    }
    // Read before anything else (a racy read; it only decides whether to move): a waiter that
    // waited here and moved away after this read has already relieved the contention.
    int departuresSeen = departures;
    // A processor that just got a rep of its own keeps its thread: moving would leave that rep
    // behind and send the thread to share another.
    boolean grew = core.contended(InstalledMachine.current());
    Retirement retirement = acquireContended(me);
    if (retirement != null) {
      return turnedAway(retirement);
    }
    holds = 1;
    moveOnRelease = !grew && departures == departuresSeen;
    AccessProbes.enter(this);
    return true;
  }

  /**
   * A call that found the guard retired: {@code false} (issue it again through the handle), or the
   * retirement's exception for a call made while the thread visits entries slot by slot.
   */
  private static boolean turnedAway(Retirement retirement) {
    if (EntryVisits.inProgress()) {
      throw retirement.refusal();
    }
    return false;
  }

  /**
   * Returns null once {@code me} owns the guard (spins, then queues and parks), or the guard's
   * {@link Retirement} once it finds the guard retired, owning nothing.
   */
  private Retirement acquireContended(Object me) {
    Parking parking = Waiters.parking();
    boolean interrupted = false;
    Waiter woken = null; // this waiter's node while it is the woken successor
    try {
      for (int losses = 0; ; losses++) {
        for (int spins = 0; spins < SPINS_BEFORE_QUEUEING; spins++) {
          Object current = owner;
          if (current == null && OWNER.compareAndSet(this, null, me)) {
            if (woken != null) {
              SUCC.compareAndSet(this, woken, null);
            }
            return null;
          }
          if (current instanceof Retirement) {
            if (woken != null) {
              SUCC.compareAndSet(this, woken, null);
            }
            return (Retirement) current;
          }
          Thread.onSpinWait();
        }
        if (woken != null) {
          // No longer the successor (a volatile write, which the releaser's check after its
          // volatile release pairs with): a release from now on wakes another waiter.
          SUCC.compareAndSet(this, woken, null);
        }
        Waiter node = new Waiter(me, parking, losses);
        Waiter top;
        do {
          top = waiters;
          node.next = top;
        } while (!WAITERS.compareAndSet(this, top, node));
        int outcome = awaitTurn(node, top == null);
        interrupted |= node.interrupted;
        if (outcome != Waiter.WOKEN) {
          return null; // acquired, or granted
        }
        // Woken to compete and lost to a thread that barged in: spin as the successor, then queue
        // again, one loss more.
        woken = node;
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt(); // a guard's wait is not interruptible, as a monitor's
      }
    }
  }

  /**
   * Parks {@code node}'s waiter until it owns the guard ({@code GRANTED}, or acquired: returns
   * {@code QUEUED}) or was woken and lost ({@code WOKEN}).
   */
  private int awaitTurn(Waiter node, boolean responsible) {
    Object me = node.key;
    long timeout = FIRST_RESPONSIBLE_PARK_NANOS;
    while (true) {
      int state = node.state;
      if (state == Waiter.GRANTED) {
        awaitOwnerWord(node); // the releaser names us before it unparks us
        return Waiter.GRANTED;
      }
      if (owner == null && OWNER.compareAndSet(this, null, me)) {
        if (node.state == Waiter.QUEUED) {
          removeOwnNode(node); // as owner: nobody else takes nodes off now
        } else {
          SUCC.compareAndSet(this, node, null); // woken, and won
        }
        return Waiter.QUEUED;
      }
      if (state == Waiter.WOKEN) {
        return Waiter.WOKEN;
      }
      if (owner instanceof Retirement) {
        // Retired after this push was taken, or this push came after the retirement: leave the
        // wait as a woken waiter does, and find the retirement in the spin.
        STATE.compareAndSet(node, Waiter.QUEUED, Waiter.CANCELLED);
        return Waiter.WOKEN;
      }
      try {
        if (responsible) {
          node.parking.parkNanos(timeout);
          timeout = Math.min(timeout * 2, MAX_RESPONSIBLE_PARK_NANOS);
        } else {
          node.parking.park();
        }
      } catch (RuntimeException | Error e) {
        abandon(node); // e.g. the kernel cancelled the user-level thread while it waited
        throw e;
      }
      if (Thread.interrupted()) {
        node.interrupted = true;
      }
    }
  }

  /** A granted waiter: the releaser has named it owner, or is about to (it unparks after that). */
  private void awaitOwnerWord(Waiter node) {
    while (owner != node.key) {
      node.parking.park();
      if (Thread.interrupted()) {
        node.interrupted = true;
      }
    }
  }

  /**
   * The waiter of {@code node} leaves its wait by an exception: its node is skipped from now on,
   * and a wake-up or grant meant for it is passed on rather than lost.
   */
  private void abandon(Waiter node) {
    if (STATE.compareAndSet(node, Waiter.QUEUED, Waiter.CANCELLED)) {
      return; // still queued: the next releaser skips it
    }
    if (node.state == Waiter.GRANTED) {
      while (owner != node.key) {
        Thread.onSpinWait(); // the releaser's owner store follows its grant at once
      }
      release();
    } else {
      SUCC.compareAndSet(this, node, null); // WOKEN: no longer the successor; wake another
      if (OWNER.compareAndSet(this, null, node.key)) {
        release();
      } // else someone owns the guard, and its release looks at the queue
    }
  }

  /**
   * By the owner, its holds gone, with waiters seen: wakes the oldest queued waiter to compete
   * (then frees the guard) or, once it has lost often enough, hands the guard to it.
   */
  private void releaseContended() {
    Object me = owner;
    while (succ != null) {
      // A woken waiter has not yet taken the guard or given up: it will compete, so wake no one
      // more (one wake-up in flight, as HotSpot's successor). The volatile store and load are a
      // StoreLoad pair against the successor's volatile give-up and its re-check of the owner:
      // either this release sees the give-up, or the successor sees the guard free.
      OWNER.setVolatile(this, null);
      if (succ != null || !OWNER.compareAndSet(this, null, me)) {
        return; // the successor competes, or a new owner's release looks at the queue
      }
    }
    drainStack();
    Waiter next;
    while ((next = queue) != null) {
      queue = next.next;
      next.next = null;
      int outcome = next.losses >= LOSSES_BEFORE_HANDOFF ? Waiter.GRANTED : Waiter.WOKEN;
      if (STATE.compareAndSet(next, Waiter.QUEUED, outcome)) {
        if (outcome == Waiter.GRANTED) {
          OWNER.setRelease(this, next.key);
        } else {
          succ = next;
          OWNER.setRelease(this, null);
        }
        next.parking.unpark(next.key);
        return;
      }
      // CANCELLED: its waiter left; skip it
    }
    OWNER.setRelease(this, null);
  }

  /** By the owner: moves every pushed node, oldest first, to the tail of the FIFO. */
  private void drainStack() {
    if (waiters == null) {
      return;
    }
    Waiter pushed = (Waiter) WAITERS.getAndSet(this, null);
    Waiter reversed = null;
    while (pushed != null) {
      Waiter below = pushed.next;
      pushed.next = reversed;
      reversed = pushed;
      pushed = below;
    }
    if (queue == null) {
      queue = reversed;
    } else {
      Waiter last = queue;
      while (last.next != null) {
        last = last.next;
      }
      last.next = reversed;
    }
  }

  /** By the owner, which acquired while {@code node} (its own) was still queued: unlinks it. */
  private void removeOwnNode(Waiter node) {
    drainStack();
    Waiter previous = null;
    for (Waiter w = queue; w != null; previous = w, w = w.next) {
      if (w == node) {
        if (previous == null) {
          queue = w.next;
        } else {
          previous.next = w.next;
        }
        w.next = null;
        STATE.setVolatile(node, Waiter.CANCELLED); // gone; nobody will wake it
        return;
      }
    }
    throw new IllegalStateException("a queued waiter's node is in neither the stack nor the queue");
  }

  /**
   * The owner word of a retired guard: why its rep serves no call any more, and the exception a
   * call that still reaches it gets. Never a waiter.
   */
  static final class Retirement {
    private final Supplier<RuntimeException> refusal;

    Retirement(Supplier<RuntimeException> refusal) {
      this.refusal = refusal;
    }

    RuntimeException refusal() {
      return refusal.get();
    }
  }

  /** A queued waiter: one per push, on the stack and then in the FIFO. */
  static final class Waiter {
    static final int QUEUED = 0;
    static final int WOKEN = 1;
    static final int GRANTED = 2;
    static final int CANCELLED = 3;

    final Object key;
    final Parking parking; // the parking it waits under, which must unpark it
    final int losses; // times its waiter was woken and lost before this push
    Waiter next; // set before the push; then only by the owner
    volatile int state = QUEUED;
    boolean interrupted; // by its waiter only

    Waiter(Object key, Parking parking, int losses) {
      this.key = key;
      this.parking = parking;
      this.losses = losses;
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
 * departure count, the waiters' stack, the owner's queue and the woken successor (written), and the
 * object's core (read by contending threads only).
 */
abstract class RepGuardState extends RepGuardPadding {
  static final VarHandle OWNER;
  static final VarHandle WAITERS;
  static final VarHandle STATE;
  static final VarHandle SUCC;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      OWNER = lookup.findVarHandle(RepGuardState.class, "owner", Object.class);
      WAITERS = lookup.findVarHandle(RepGuardState.class, "waiters", RepGuard.Waiter.class);
      STATE = lookup.findVarHandle(RepGuard.Waiter.class, "state", int.class);
      SUCC = lookup.findVarHandle(RepGuardState.class, "succ", RepGuard.Waiter.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  volatile Object owner;
  int holds;
  boolean moveOnRelease;
  int departures; // waiting threads that moved away on release, ever
  volatile RepGuard.Waiter waiters; // pushed by arriving waiters; taken off by the owner only
  RepGuard.Waiter queue; // oldest first; the owner's only
  volatile RepGuard.Waiter succ; // the woken waiter that has not yet won or given up, or null
  final RootCore<?> core;

  RepGuardState(RootCore<?> core) {
    this.core = core;
  }
}
