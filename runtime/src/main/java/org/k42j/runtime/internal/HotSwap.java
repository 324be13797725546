package org.k42j.runtime.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.NotOnProcessorException;
import org.k42j.runtime.Processors;
import org.k42j.runtime.events.SwapEvent;
import org.k42j.runtime.lifecycle.Requests;

/**
 * K42's hot-swap protocol, run by the thread that asks for the swap:
 *
 * <ol>
 *   <li><b>Forward</b>: a {@link Mediator} is put in front of every old rep and the row emptied, so
 *       every call from now on passes the mediator, which counts it and lets it through.
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
 * retires it, so a call that read an old guard before step 1 on a thread the scan cannot see is
 * refused by name ({@link RepGuard#retire}) rather than run on a rep whose state has moved; the new
 * reps receive no call before the import returned; a swap of a destroyed object changes nothing and
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
      return Processors.current();
    } catch (NotOnProcessorException notOnAProcessor) {
      return 0;
    }
  }

  /**
   * Step 6, after the held calls were released: every replaced rep's cleanup (an exclusive rep's
   * under its guard), in slot order. No call can reach a replaced rep any more (every call that
   * could was drained before the export), and its state lives on in the new reps.
   */
  private static void cleanUp(ClusterRoot<?, ?> root, RepSet replaced) {
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
  private static List<RepGuard> holdGuards(RepSet old) {
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
   * What a replaced rep's guard refuses with: a call that read the old entry before the swap on a
   * thread the swap could not see (neither in a request nor sampled by the caller scan).
   */
  private static RepGuard.Retirement replacedBy(ClusterRoot<?, ?> root) {
    return new RepGuard.Retirement(
        () ->
            new ClusteredObjectException(
                "a call on "
                    + root
                    + " reached a rep that a hot swap had replaced (its thread read the rep's entry"
                    + " before the swap, and the swap could not see that thread); the call did not"
                    + " run: call again, which reaches the new reps, or make such calls inside a"
                    + " request (Requests.enter()), which every swap waits for"));
  }

  static void run(
      ClusterRoot<?, ?> root, Policy newPolicy, int clusterSize, String reason, SwapTarget target) {
    run(root, newPolicy, clusterSize, reason, target, LifecycleWait.DEFAULT_TIMEOUT);
  }

  /**
   * The swap, waiting at most {@code timeout} in all for earlier calls and requests (and for
   * another swap of the object); past it, the swap is undone (the old reps serve on) and {@link
   * org.k42j.runtime.LifecycleTimeoutException} names what it waited for.
   */
  static void run(
      ClusterRoot<?, ?> root,
      Policy newPolicy,
      int clusterSize,
      String reason,
      SwapTarget target,
      Duration timeout) {
    Objects.requireNonNull(timeout, "timeout is null; pass how long the swap may wait");
    if (Requests.inRequest()) {
      throw new IllegalStateException(
          "hot swapping "
              + root
              + " inside a request would wait for that request to end; swap outside requests");
    }
    if (!root.currentTransfersState()
        || (target.changesVersion() && target.version() == null && !root.transfersState())) {
      root.exportState(null); // throws, naming what the rep lacks
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
    root.swapLock().lock(wait, "swap lock", () -> "another hot swap of the same object");
    try {
      Mediator mediator =
          new Mediator(Waiters.current(), root.toString(), root::callingThreadInsideRep);
      String oldRepClass = root.repClassName();
      Policy oldPolicy = root.startSwap(mediator);
      long started = System.nanoTime();
      int oldReps;
      RepSet replaced = null;
      try {
        Quiescence.global().awaitGracePeriod(wait);
        CallerScan callers = root.callerScan().countingMediatedCalls(root.repSet());
        callers.awaitCallersGone(wait);
        event.stackSamples = callers.samples();
        mediator.block();
        mediator.awaitDrained(wait);
        event.drainNanos = System.nanoTime() - started;
        RepSet old = root.repSet();
        List<RepGuard> guards = holdGuards(old);
        boolean retired = false;
        try {
          List<Object> exported = new ArrayList<>();
          for (int slot = 0; slot < old.length(); slot++) {
            Object rep = old.reps.get(slot);
            if (rep != null) {
              exported.add(root.exportFrom(rep, old.entries.get(slot)));
            }
          }
          oldReps = exported.size();
          int home = root.adaptiveHome();
          int processor = reason.equals(SHRINK) && home >= 0 ? home : swappingProcessor();
          if (!root.replaceReps(newPolicy, clusterSize, exported, processor, target)) {
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
          root.countShrink();
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
        root.endSwap(mediator);
        mediator.complete();
      }
      if (event.shouldCommit()) {
        event.contract = root.contract();
        event.coid = String.valueOf(root.coid());
        event.reason = reason;
        event.fromPolicy = oldPolicy.name();
        event.toPolicy = newPolicy.name();
        event.fromRep = oldRepClass;
        event.toRep = root.repClassName();
        event.oldReps = oldReps;
        event.heldCalls = mediator.heldCalls();
        event.commit();
      }
      cleanUp(root, replaced);
    } finally {
      root.swapLock().unlock();
    }
  }
}
