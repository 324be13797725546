package org.k42j.runtime.internal;

/**
 * Whether the calling thread is visiting reps' call entries slot by slot for root code ({@link
 * ClusterRoot#forEachEntry}): a retired guard refuses such a call by name instead of issuing it
 * again through the handle, which would run it on the caller's rep instead of the one visited
 * ({@link RepGuard}). Gathers and broadcasts need no mark: their methods on a guard refuse whatever
 * the thread does.
 *
 * <p>The mark is a depth in a thread local, set and cleared only around a visit, never on a call's
 * path; a retired guard reads it on its slow path only. It marks the thread, not the call, so every
 * call the thread makes during the visit that reaches a retired guard is refused, one the action
 * makes through the handle included; and under the k42j kernel's continuation backend the
 * user-level threads of a processor share their carrier's thread locals, so a call made while
 * another user-level thread of the carrier is inside a visit is refused too. Both err on the safe
 * side (the refusal), and only for a call that reaches a retired guard.
 *
 * <p>Invariant: each thread's depth is written only by that thread, once up per visit begun and
 * once down when it ends, however it ends.
 */
final class EntryVisits {
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private EntryVisits() {}

  /** Runs {@code visit} with the calling thread marked as visiting entries slot by slot. */
  static void run(Runnable visit) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      visit.run();
    } finally {
      depth[0]--;
    }
  }

  /** Whether the calling thread is inside {@link #run}. */
  static boolean inProgress() {
    return DEPTH.get()[0] > 0;
  }
}
