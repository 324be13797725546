package org.k42j.runtime.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.LifecycleTimeoutException;
import org.k42j.runtime.events.DestroyEvent;
import org.k42j.runtime.quiescence.Quiescence;

/**
 * The second half of a destroy: after the root has refused new calls and emptied its row, wait for
 * the calls that started before (one grace period of {@link Quiescence}), then run every rep's
 * cleanup and the root's, release the COID, and report.
 *
 * <p>Invariants: {@link #reclaim} runs once per destroyed object (the root creates one destruction,
 * under its lock, when it leaves the active state); the COID is released only after the cleanups,
 * so while any request that could still reach the object runs, its index is not given to another
 * object, and afterwards only under a new generation; the rep set given here is final (the root
 * creates no rep once destroyed); no cleanup runs before every request running at the destroy has
 * ended and every platform thread has been seen outside the object's methods ({@link CallerScan}),
 * so no call that read an entry before the row was emptied is still inside a rep. While the scan
 * runs, calls the object refuses pause first ({@link Refusal}); they wait for nothing the scan
 * holds, so the scan never waits for them.
 */
final class Destruction {
  private final RootCore<?> root;
  private final AtomicReferenceArray<Object> reps;
  private final AtomicReferenceArray<Object> entries;
  private final CallerScan callers;
  private final CompletableFuture<Void> cleanedUp;
  private final long destroyedAt = System.nanoTime();
  private final DestroyEvent event = new DestroyEvent();
  private final WaitQueue pacedRefusals = WaitQueue.passingOn(); // refused calls, while scanning
  private volatile boolean scanning;
  // The waiters refused once while the scan runs (emptied when it ends, so it holds no thread).
  private final Set<Object> refusedWhileScanning = ConcurrentHashMap.newKeySet();

  /**
   * The destruction of {@code root}, whose last rep set is {@code last}; {@code callers} is the
   * root's caller scan, which this one skips refused calls of ({@link Refusal}).
   */
  Destruction(
      RootCore<?> root, RepSlots last, CallerScan callers, CompletableFuture<Void> cleanedUp) {
    this.root = root;
    this.reps = last.reps;
    this.entries = last.entries;
    this.callers = callers.skippingRefusedCalls(root.handle(), last);
    this.cleanedUp = cleanedUp;
    event.begin();
  }

  /**
   * On the destroying thread: outside a request, waits for the grace period and for calls outside
   * requests ({@link CallerScan}), and cleans up, throwing a hook's failure; inside one, hands all
   * of it to the {@link Reclaimer}.
   */
  void run(Duration timeout) {
    if (RequestDepth.inRequest()) {
      event.deferred = true;
      Reclaimer.afterGracePeriod(this::reclaimQuietly);
      return;
    }
    LifecycleWait wait = new LifecycleWait("destroy", root, timeout, true);
    try {
      Quiescence.global().awaitGracePeriod(wait);
      event.gracePeriodNanos = System.nanoTime() - destroyedAt;
      reclaim(wait);
    } catch (LifecycleTimeoutException timedOut) {
      // Nothing was cleaned up yet (the waits all come before the first cleanup): the object
      // refuses calls already, and its cleanup runs after a later grace period.
      event.deferred = true;
      Reclaimer.afterGracePeriod(this::reclaimQuietly);
      throw timedOut;
    }
  }

  private void reclaimQuietly() {
    try {
      reclaim(null);
    } catch (ClusteredObjectException reported) {
      // already in cleanedUp, where whoever waits for the deferred cleanup finds it
    }
  }

  private void reclaim(LifecycleWait wait) {
    // The calls of plain threads outside any request, which the grace period does not see.
    long scanStarted = System.nanoTime();
    scanning = true; // refused calls pause meanwhile (Refusal)
    try {
      callers.awaitCallersGone(wait);
    } finally {
      scanning = false;
      pacedRefusals.wakeAll();
      refusedWhileScanning.clear();
    }
    event.scanNanos = System.nanoTime() - scanStarted;
    // A hot swap that started before the destroy may still be exporting these reps: let it end
    // (it finds the object destroyed and changes nothing).
    root.swaps.lock(wait, "swap lock", () -> "a hot swap of the object that began before");
    root.swaps.unlock();
    long drained = System.nanoTime();
    RepGuard.Retirement destroyed =
        new RepGuard.Retirement(
            () -> new ClusteredObjectDestroyedException(root.contract(), root.coid()));
    RuntimeException failure = null;
    int cleaned = 0;
    for (int slot = 0; slot < reps.length(); slot++) {
      Object rep = reps.get(slot);
      Object entry = entries.get(slot);
      if (rep instanceof AbstractRep) {
        cleaned++;
        failure = collect(failure, () -> cleanUp((AbstractRep) rep, entry, destroyed));
      } else if (entry instanceof RepGuard) {
        // A rep without a cleanup hook (a run-time declaration's plain class): its guard is
        // retired all the same, so a late call through it meets the destroyed object.
        ((RepGuard) entry).runAndRetire(() -> {}, destroyed);
      }
    }
    failure = collect(failure, root::runRootCleanup);
    CoidTable.global().release(root.coid());
    report(cleaned, drained);
    if (failure != null) {
      ClusteredObjectException e =
          new ClusteredObjectException(
              root.contract()
                  + " ("
                  + root.coid()
                  + ") was destroyed, but a cleanup hook threw; fix the hook",
              failure);
      cleanedUp.completeExceptionally(e);
      throw e;
    }
    cleanedUp.complete(null);
  }

  /**
   * A refused call's pause ({@link Refusal}): while the caller scan runs, a waiter's first refusal
   * comes at once and each later one after a pause of at most {@link Mediator#PACE_NANOS}, ended
   * early when the scan ends.
   */
  void paceRefusal() {
    if (scanning && !refusedWhileScanning.add(Waiters.current())) {
      long deadline = System.nanoTime() + Mediator.PACE_NANOS;
      pacedRefusals.awaitUntil(() -> !scanning, deadline);
    }
  }

  /**
   * A guarded rep's cleanup runs under its guard, as a call would, and retires the guard for {@code
   * why}: a per-rep call that still reaches it goes again through the handle, which refuses the
   * destroyed object, and a visit is refused with {@code why}'s exception (a replaced rep's guard
   * is retired already).
   */
  static void cleanUp(AbstractRep rep, Object entry, RepGuard.Retirement why) {
    if (entry instanceof RepGuard) {
      ((RepGuard) entry).runAndRetire(rep::cleanup, why);
    } else {
      rep.cleanup();
    }
  }

  /** Runs {@code hook}; returns {@code failure}, or what the hook threw added to it. */
  static RuntimeException collect(RuntimeException failure, Runnable hook) {
    try {
      hook.run();
      return failure;
    } catch (RuntimeException e) {
      if (failure == null) {
        return e;
      }
      failure.addSuppressed(e);
      return failure;
    }
  }

  private void report(int cleaned, long drained) {
    if (event.shouldCommit()) {
      event.contract = root.contract();
      event.coid = String.valueOf(root.coid());
      event.reps = cleaned;
      event.drainNanos = drained - destroyedAt;
      event.stackSamples = callers.samples();
      event.commit();
    }
  }
}
