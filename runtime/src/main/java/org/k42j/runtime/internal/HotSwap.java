package org.k42j.runtime.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.NotOnProcessorException;
import org.k42j.runtime.events.SwapEvent;
import org.k42j.runtime.quiescence.Quiescence;

/**
 * K42's hot-swap protocol, run by the thread that asks for the swap:
 *
 * <ol>
 *   <li><b>Pace</b>: a {@link Mediator} is put in front of every old rep and the row emptied, so
 *       every call from now on passes the mediator, which counts it and lets it through (a call
 *       outside requests after a short wait, so that the callers leave the processors to the calls
 *       step 2 waits for).
 *   <li>One grace period ({@link Quiescence}) and one scan of the threads ({@link CallerScan}):
 *       calls that read an old entry before step 1, inside requests or outside them, have finished;
 *       every call inside an old rep from now on passed the mediator.
 *   <li><b>Block</b>: the mediator holds new calls (a thread with a call in flight still passes, so
 *       a rep calling its own object cannot deadlock the swap) and the swap waits for the counted
 *       calls to drain.
 *   <li><b>Transfer</b>: every old rep's {@code @ExportState} (under its guard, for exclusive
 *       reps), then a new rep set under the new policy, of the old rep class or the one the swap
 *       names (the contract's {@code @Rep} class or one of its versions, {@link SwapTarget}), whose
 *       rep for the swapping thread's processor (the adaptive home, for a shrink) imports every
 *       exported state before any call reaches it.
 *   <li><b>Completed</b>: the mediator leaves; held calls, and calls still holding an old entry,
 *       start again from the dispatcher and reach the new reps.
 *   <li><b>Cleanup</b>: every replaced rep's {@code cleanup()} runs once (under its guard, for
 *       exclusive reps); a swap that was undone or found the object destroyed cleans up nothing
 *       (the destruction cleans up the old reps).
 * </ol>
 *
 * <p>Invariants: swaps of one object run one at a time (the root's swap lock); no call is inside an
 * old rep, and none can enter one, from the end of step 3 (calls in requests by the grace period,
 * calls outside requests on platform threads by the scan, calls that passed the mediator by its
 * count); the swap holds every old guard from before the export until the new reps serve, then
 * retires it, so a call that read an old guard before step 1 on a thread the scan cannot see never
 * runs on a rep whose state has moved ({@link RepGuard#retire}): a per-rep call goes again through
 * the handle and runs once on the new reps, a visit of the reps is refused by name; the new reps
 * receive no call before the import returned; a swap of a destroyed object changes nothing and
 * releases every held call, which then fails as destroyed.
 */
final class HotSwap {
  static final String SWAP = "swap";
  static final String SHRINK = "shrink";

  private HotSwap() {}

  /**
   * The processor whose new rep imports the state: the swapping thread's, or processor 0 when the
   * installed identity gives the thread none (a plain thread while the kernel runs).
   */
  private static int swappingProcessor() {
    try {
      return InstalledMachine.current();
    } catch (NotOnProcessorException notOnAProcessor) {
      return 0;
    }
  }

  /**
   * Step 6, after the held calls were released: every replaced rep's cleanup (an exclusive rep's
   * under its guard), in slot order. No call can reach a replaced rep any more (every call that
   * could was drained before the export), and its state lives on in the new reps.
   */
  private static void cleanUp(RootCore<?> root, RepSlots replaced) {
    RuntimeException failure = null;
    for (int slot = 0; slot < replaced.length(); slot++) {
      Object rep = replaced.reps.get(slot);
      Object entry = replaced.entries.get(slot);
      if (rep instanceof AbstractRep) {
        failure =
            Destruction.collect(
                failure, () -> Destruction.cleanUp((AbstractRep) rep, entry, replacedBy(root)));
      }
    }
    if (failure != null) {
      throw new ClusteredObjectException(
          "hot swapping "
              + root
              + " completed (the object serves from its new reps), but the cleanup hook of a"
              + " replaced rep threw; fix the hook",
          failure);
    }
  }

  /**
   * Step 4's start: holds every old rep's guard (waiting, as a call would, for a call inside), in
   * slot order, so that from the export until the guard's retirement no call runs on an old rep.
   */
  private static List<RepGuard> holdGuards(RepSlots old) {
    List<RepGuard> held = new ArrayList<>();
    try {
      for (int slot = 0; slot < old.length(); slot++) {
        if (old.entries.get(slot) instanceof RepGuard) {
          RepGuard guard = (RepGuard) old.entries.get(slot);
          guard.hold();
          held.add(guard);
        }
      }
      return held;
    } catch (RuntimeException | Error e) {
      held.forEach(RepGuard::releaseHold);
      throw e;
    }
  }

  /**
   * What a replaced rep's guard refuses a visit with: a gather, broadcast or root code's visit that
   * read the old entry before the swap on a thread the swap could not see (neither in a request nor
   * sampled by the caller scan). A per-rep call that reaches the guard goes again through the
   * handle instead ({@link RepGuard}).
   */
  private static RepGuard.Retirement replacedBy(RootCore<?> root) {
    return new RepGuard.Retirement(
        () ->
            new ClusteredObjectException(
                "a visit of the reps of "
                    + root
                    + " (a gather, a broadcast or root code's forEachEntry) reached a rep that a"
                    + " hot swap had replaced (its thread read the rep's entry before the swap, and"
                    + " the swap could not see that thread); that rep's call did not run, and one"
                    + " rep's visit cannot be issued again: call again, which visits the new reps,"
                    + " or make such calls inside a request (Requests.enter()), which every swap"
                    + " waits for"));
  }

  static <T> void run(
      RootCore<T> root, Policy newPolicy, int clusterSize, String reason, SwapTarget target) {
    run(root, newPolicy, clusterSize, reason, target, LifecycleWait.DEFAULT_TIMEOUT);
  }

  /**
   * The swap, waiting at most {@code timeout} in all for earlier calls and requests (and for
   * another swap of the object); past it, the swap is undone (the old reps serve on) and {@link
   * org.k42j.runtime.LifecycleTimeoutException} names what it waited for.
   */
  static <T> void run(
      RootCore<T> root,
      Policy newPolicy,
      int clusterSize,
      String reason,
      SwapTarget target,
      Duration timeout) {
    Objects.requireNonNull(timeout, "timeout is null; pass how long the swap may wait");
    if (RequestDepth.inRequest()) {
      throw new IllegalStateException(
          "hot swapping "
              + root
              + " inside a request would wait for that request to end; swap outside requests");
    }
    if (!StateTransfer.currentTransfersState(root)
        || (target.changesVersion() && target.version() == null && !root.root.transfersState())) {
      root.root.exportState(null); // throws, naming what the rep lacks
    }
    if (newPolicy == Policy.PER_CLUSTER && clusterSize < 2) {
      throw new IllegalArgumentException(
          "a per-cluster rep set needs a cluster size of at least 2, got "
              + clusterSize
              + "; pass the number of processors that share a rep, for example hotSwap(handle,"
              + " Policy.PER_CLUSTER, 4)");
    }
    if (newPolicy != Policy.PER_CLUSTER && clusterSize != 0) {
      throw new IllegalArgumentException(
          "a cluster size applies only to Policy.PER_CLUSTER, but "
              + root
              + " was asked to swap to Policy."
              + newPolicy
              + " with a cluster size of "
              + clusterSize
              + "; swap to Policy.PER_CLUSTER to use the size, or leave the size out for Policy."
              + newPolicy);
    }
    LifecycleWait wait = new LifecycleWait(reason, root, timeout, true);
    SwapEvent event = new SwapEvent();
    event.begin();
    root.swaps.lock(wait, "swap lock", () -> "another hot swap of the same object");
    try {
      Mediator mediator =
          new Mediator(Waiters.current(), root.toString(), () -> callingThreadInsideRep(root));
      String oldRepClass = StateTransfer.repClassName(root);
      Policy oldPolicy = startSwap(root, mediator);
      long started = System.nanoTime();
      int oldReps;
      RepSlots replaced = null;
      try {
        Quiescence.global().awaitGracePeriod(wait);
        long graceEnded = System.nanoTime();
        event.gracePeriodNanos = graceEnded - started;
        CallerScan callers =
            root.callerScan().countingMediatedCalls(root.dispatcher(), root.generation.set);
        callers.awaitCallersGone(wait);
        event.stackSamples = callers.samples();
        long scanEnded = System.nanoTime();
        event.scanNanos = scanEnded - graceEnded;
        mediator.block();
        mediator.awaitDrained(wait);
        long drained = System.nanoTime();
        event.drainNanos = drained - started;
        event.mediatedDrainNanos = drained - scanEnded;
        // No rep is added to the current generation once the swap blocks calls.
        RepGeneration<T> oldGeneration = root.generation;
        RepSlots old = oldGeneration.set;
        List<RepGuard> guards = holdGuards(old);
        boolean retired = false;
        try {
          List<Object> exported = new ArrayList<>();
          for (int slot = 0; slot < old.length(); slot++) {
            Object rep = old.reps.get(slot);
            if (rep != null) {
              exported.add(
                  StateTransfer.exportFrom(root, oldGeneration, rep, old.entries.get(slot)));
            }
          }
          oldReps = exported.size();
          int home = adaptiveHome(root);
          int processor = reason.equals(SHRINK) && home >= 0 ? home : swappingProcessor();
          if (!replaceReps(root, newPolicy, clusterSize, exported, processor, target)) {
            throw new ClusteredObjectDestroyedException(root.contract(), root.coid());
          }
          RepGuard.Retirement retirement = replacedBy(root);
          for (RepGuard guard : guards) {
            guard.retire(retirement);
          }
          retired = true;
        } finally {
          if (!retired) {
            for (RepGuard guard : guards) {
              guard.releaseHold(); // the old reps serve on
            }
          }
        }
        replaced = old;
        if (reason.equals(SHRINK)) {
          root.counters.shrank();
        }
      } catch (ClusteredObjectException e) {
        throw e;
      } catch (RuntimeException | Error e) {
        throw new ClusteredObjectException(
            "hot swapping "
                + root
                + " failed in its state transfer, and the object keeps its old reps; fix the"
                + " @ExportState or @ImportState method (export must not change the rep)",
            e);
      } finally {
        endSwap(root, mediator);
        mediator.complete();
      }
      if (event.shouldCommit()) {
        event.contract = root.contract();
        event.coid = String.valueOf(root.coid());
        event.reason = reason;
        event.fromPolicy = oldPolicy.name();
        event.toPolicy = newPolicy.name();
        event.fromRep = oldRepClass;
        event.toRep = StateTransfer.repClassName(root);
        event.oldReps = oldReps;
        event.heldCalls = mediator.heldCalls();
        event.commit();
      }
      cleanUp(root, replaced);
    } finally {
      root.swaps.unlock();
    }
  }

  // --- the steps on the object, each under its lock ---------------------------------------------

  /** Step 1: puts {@code swap} in front of every rep and empties the row; the current policy. */
  private static Policy startSwap(RootCore<?> core, Mediator swap) {
    synchronized (core.lock) {
      core.checkActive();
      core.mediator = swap;
      core.layers.addOutermost(swap); // a held call waits before any interceptor sees it
      core.relayer();
      return core.generation.policy;
    }
  }

  /** Whether the calling waiter is inside one of the current reps through its guard. */
  private static boolean callingThreadInsideRep(RootCore<?> core) {
    RepSlots current = core.generation.set;
    for (int slot = 0; slot < current.length(); slot++) {
      Object entry = current.entries.get(slot);
      if (entry instanceof RepGuard && ((RepGuard) entry).heldByCaller()) {
        return true;
      }
    }
    return false;
  }

  /** The adaptive home processor of the current rep set, or -1. */
  private static int adaptiveHome(RootCore<?> core) {
    synchronized (core.lock) {
      return core.generation.slots.adaptiveHome();
    }
  }

  /**
   * Step 4's end, under the lock: replaces the generation with an empty one under {@code newPolicy}
   * (made by the target's version), creates the rep that serves {@code processor} and has it import
   * {@code exported}; when that fails, the old generation is put back whole. The mediator still
   * holds every call. Returns false, changing nothing, once the object is destroyed.
   */
  @SuppressWarnings("unchecked")
  private static <T> boolean replaceReps(
      RootCore<T> core,
      Policy newPolicy,
      int clusterSize,
      List<Object> exported,
      int processor,
      SwapTarget target) {
    synchronized (core.lock) {
      if (!core.isActive()) {
        return false;
      }
      SlotPolicy newSlots = new SlotPolicy(newPolicy, clusterSize);
      newSlots.placeBy(InstalledMachine.topology());
      RepGeneration<T> old = core.generation;
      RepClassVersion<T> newVersion =
          target.changesVersion() ? (RepClassVersion<T>) target.version() : old.version;
      core.layers.removeMediators(); // the new reps' entries get the user's layers only
      RepGeneration<T> next = old.next(newPolicy, newSlots, newVersion, core.isExclusive());
      core.generation = next;
      core.row.empty();
      try {
        int slot = newSlots.slotOf(processor);
        core.misses.entryFor(slot, processor);
        StateTransfer.importInto(core, next, core.generation.set.reps.get(slot), exported);
      } catch (RuntimeException | Error e) { // keep the old reps: nothing reached the new ones
        core.generation = old;
        throw e;
      }
      core.counters.swapped();
      return true;
    }
  }

  /**
   * The end of every swap, done or not: the mediator leaves the layers and the object; entries are
   * rebuilt and the row emptied so that calls reach the current reps.
   */
  private static void endSwap(RootCore<?> core, Mediator swap) {
    synchronized (core.lock) {
      if (core.mediator != swap) {
        return;
      }
      core.mediator = null;
      if (core.isActive()) {
        core.layers.removeMediators();
        core.relayer();
      }
    }
  }
}
