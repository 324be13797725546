package org.k42j.runtime.internal;

import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.k42j.runtime.ClusteredObjectException;

/**
 * The mediator of one hot swap (K42's): a {@link CallLayer} in front of every old rep while the
 * swap runs, which counts the calls it lets through and holds the others at the right moment.
 *
 * <ul>
 *   <li><b>Pace</b> (K42's forward phase, paced): calls go through to the old reps, counted; a call
 *       outside any request first waits up to {@value #PACE_NANOS} ns for the swap to move on.
 *       Meanwhile the swap waits for a grace period and a caller scan, so that calls which read an
 *       old entry before the mediator was installed finish; they were not counted. Pacing leaves
 *       the processors to those calls: on an oversubscribed host the threads that hold them are the
 *       ones preempted, and callers that kept running would delay them by whole time slices. A
 *       paced call still goes through in the end, so a call that an uncounted one waits for (on
 *       another thread) comes later, never not at all; calls inside requests, and calls from inside
 *       an old guarded rep, go through at once.
 *   <li><b>Block</b>: new calls wait; calls of a thread that already has a call in flight here (a
 *       rep calling its own object, a gather visiting reps) still go through, or the swap would
 *       wait for a thread that waits for the swap. The swap waits until no counted call is left,
 *       then moves the state.
 *   <li><b>Done</b>: held calls and every later call through an old entry start again from the
 *       dispatcher, which reaches the new reps.
 * </ul>
 *
 * <p>Invariants: {@code inFlight} counts the calls between a successful {@link #enter()} and its
 * {@link #exit()}; a call counted in pace either incremented before the switch to block (and the
 * swap's drain sees it) or re-reads the phase, finds block and backs out; once {@link
 * #awaitDrained} returns, no call is inside an old rep through this mediator and none enters one
 * (the only calls let through in block belong to threads with a call in flight, or inside an old
 * guarded rep, whose guard the export takes after them). A thread waiting in {@link #enter()} has
 * the mediator's frame on its stack, which the swap's caller scan reads as counted or held. The
 * swapping waiter's own calls are refused: it would wait for itself. Threads are named by waiter
 * ({@link Waiters#current()}: a user-level thread under the kernel, not its carrier), and held
 * calls and the swapper wait in {@link WaitQueue}s, parked through the identity's parking, never in
 * a monitor that would pin a carrier; the last counted call to leave after the switch to block
 * wakes the swapper at once.
 */
final class Mediator implements CallLayer {
  private static final int PACE = 0;
  private static final int BLOCK = 1;
  private static final int DONE = 2;

  /** How long a call outside requests waits while the swap paces before it goes through. */
  static final long PACE_NANOS = 2_000_000L;

  private final Object swapper; // the swapping waiter
  private final String object;
  private final BooleanSupplier insideOldRep; // the calling thread holds an old rep's guard
  private final AtomicLong inFlight = new AtomicLong();
  private final AtomicLong held = new AtomicLong();
  // Calls in flight per waiter: a thread's in a thread local; other waiters' (user-level threads
  // under the kernel, which share a carrier) in a map, an entry only while a call is in flight.
  private final ThreadLocal<int[]> threadDepth = ThreadLocal.withInitial(() -> new int[1]);
  private final Map<Object, int[]> waiterDepth = new IdentityHashMap<>(); // guarded by itself
  // Held calls, until the swap is done; woken in turn, so the swapper makes two unparks.
  private final WaitQueue phaseWaiters = WaitQueue.passingOn();
  private final WaitQueue drainWaiter = new WaitQueue(); // the swapper, until nothing is in flight
  private volatile int phase = PACE;

  Mediator(Object swapper, String object, BooleanSupplier insideOldRep) {
    this.swapper = swapper;
    this.object = object;
    this.insideOldRep = insideOldRep;
  }

  @Override
  public Object call(Object target, Method method, Object[] args, Object dispatcher)
      throws Throwable {
    if (!enter()) {
      return CallLayer.invoke(dispatcher, method, args); // the swap is done: start again
    }
    try {
      return CallLayer.invoke(target, method, args);
    } finally {
      exit();
    }
  }

  /**
   * Admits a call to the old reps and counts it, after waiting while the swap blocks calls.
   *
   * @return false when the swap is done: the caller starts its call again on the new reps
   */
  boolean enter() {
    Object me = Waiters.current();
    int[] mine = depth(me);
    if (mine[0] > 0) { // this waiter has a call in flight: let it through, in any phase
      mine[0]++;
      inFlight.incrementAndGet();
      return true;
    }
    refuseSwapper(me);
    boolean counted = false;
    long paced = 0; // when this call began to wait in pace, or 0
    while (true) {
      int now = phase;
      if (now == DONE) {
        return false;
      }
      if (now == PACE
          && (RequestDepth.inRequest()
              || (paced != 0 && System.nanoTime() - paced >= PACE_NANOS))) {
        inFlight.incrementAndGet();
        if (phase == PACE) {
          mine[0]++;
          return true;
        }
        exitCounted(); // block began meanwhile: back out and wait
        continue;
      }
      if (insideOldRep.getAsBoolean()) {
        // A call from inside an old guarded rep (one that entered it outside any request, so
        // nothing counted it): the export waits for that guard, so holding this call would
        // deadlock. Let it through, counted, like a call in flight.
        inFlight.incrementAndGet();
        mine[0]++;
        return true;
      }
      if (!counted) {
        held.incrementAndGet();
        counted = true;
      }
      if (now == PACE) {
        if (paced == 0) {
          paced = System.nanoTime();
        }
        long since = paced;
        phaseWaiters.awaitUntil(() -> phase != PACE, since + PACE_NANOS);
      } else {
        awaitPhaseAfter(BLOCK);
      }
    }
  }

  /**
   * For a visit's start: enters the mediator of the swap running on {@code core}, if any, and
   * returns it when it admitted the visit (null: no swap runs, or the visit waited until a swap was
   * done). A swap that ended while the visit waited in its mediator may have a successor already (a
   * swap clears the core's field before it releases its held calls, so this reads null or a later
   * swap's mediator): the visit takes part in that one, since it reads the rep set only from now
   * on, and the successor's caller scan took it for held.
   */
  static Mediator enterCurrent(RootCore<?> core) {
    for (Mediator running = core.mediator; running != null; running = core.mediator) {
      if (running.enter()) {
        return running;
      }
    }
    return null;
  }

  /** Ends a call that {@link #enter()} admitted. */
  void exit() {
    Object me = Waiters.current();
    int[] mine = depth(me);
    if (--mine[0] == 0 && me != Thread.currentThread()) {
      synchronized (waiterDepth) {
        waiterDepth.remove(me);
      }
    }
    exitCounted();
  }

  /** Whether the calling waiter has a call in flight through this mediator. */
  boolean callingThreadInFlight() {
    return depth(Waiters.current())[0] > 0;
  }

  /** The calling waiter's calls in flight (a monitor held only for the map's own operation). */
  private int[] depth(Object me) {
    if (me == Thread.currentThread()) {
      return threadDepth.get();
    }
    synchronized (waiterDepth) {
      return waiterDepth.computeIfAbsent(me, w -> new int[1]);
    }
  }

  /**
   * Whether calls that reach the root now must wait for the swap: block phase, and the calling
   * thread has no call in flight and is not inside an old rep.
   */
  boolean holds() {
    return phase == BLOCK && !callingThreadInFlight() && !insideOldRep.getAsBoolean();
  }

  /** Waits, not counted, until the swap is done (for calls the root holds on its miss path). */
  void awaitDone() {
    refuseSwapper(Waiters.current());
    held.incrementAndGet();
    awaitPhaseAfter(BLOCK);
  }

  /** Starts holding new calls. */
  void block() {
    phase = BLOCK;
  }

  /** Waits until no admitted call is left, within {@code wait}'s bound. */
  void awaitDrained(LifecycleWait wait) {
    drainWaiter.await(
        () -> inFlight.get() == 0,
        wait,
        "drain",
        () -> inFlight.get() + " calls let through by the swap that have not returned");
  }

  /** Releases every held call, to start again on the new reps. */
  void complete() {
    phase = DONE;
    phaseWaiters.wakeAll();
  }

  /** Calls that waited for this swap. */
  long heldCalls() {
    return held.get();
  }

  private void exitCounted() {
    if (inFlight.decrementAndGet() == 0 && phase != PACE) {
      drainWaiter.wakeAll();
    }
  }

  private void awaitPhaseAfter(int waiting) {
    phaseWaiters.await(() -> phase != waiting);
  }

  private void refuseSwapper(Object me) {
    if (me == swapper) {
      throw new ClusteredObjectException(
          "the thread hot swapping "
              + object
              + " called it during the swap (from an @ExportState or @ImportState method, or a"
              + " rep constructor), which would wait for the swap itself; move that call out of"
              + " the state transfer");
    }
  }
}
