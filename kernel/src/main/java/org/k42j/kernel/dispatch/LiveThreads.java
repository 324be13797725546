package org.k42j.kernel.dispatch;

import org.k42j.kernel.vp.VpThread;

/**
 * The kernel's count of live user-level threads, kept per processor ({@link ThreadCounts}, a
 * clustered object) so that spawning and ending threads take no global lock: a spawn is counted on
 * the spawning processor's rep (a plain thread's in the root), an end on the ending thread's
 * processor's rep. The live count is the spawns less the ends, summed over the reps; a shutdown
 * waits for it to reach 0.
 *
 * <p>Invariants: a thread's spawn is counted before the thread is posted to its processor, so
 * before its end is counted; {@link #live} reads every end count before any spawn count, so every
 * end it sees has its spawn seen too, and the result is at least the live count at the moment
 * between the two reads (0 means that no thread was live then), and is exact once nothing spawns or
 * ends. A spawn counts itself before it reads {@code closing}, and {@link #close} writes it before
 * the shutdown counts, so either the shutdown's count includes the spawn or the spawn sees closing
 * (and, from a plain thread, withdraws itself, counted as an end): no thread is admitted unseen
 * after shutdown counted 0.
 *
 * <p>The clustered object is released with the scheduler (the runtime holds roots weakly), not
 * destroyed at shutdown: a count read after shutdown still answers.
 */
final class LiveThreads {
  private final ThreadCountsRoot root = new ThreadCountsRoot();
  private final ThreadCounts counts = new ThreadCounts_Dispatcher(root);

  /**
   * Counts a thread about to be admitted; refuses it ({@link KernelClosedException}, withdrawn)
   * once closing, except from a user-level thread, which may spawn helpers to finish its work.
   */
  void admit(String what) {
    if (Thread.currentThread() instanceof VpThread) {
      counts.spawned();
    } else {
      root.plainSpawns.increment();
    }
    if (root.closing() && UThread.currentOrNull() == null) {
      root.withdraw();
      throw new KernelClosedException(what);
    }
  }

  /** A thread ended; in its processor's context. */
  void ended() {
    counts.ended();
  }

  /** Every spawn counted so far, on processors and plain threads (withdrawn ones included). */
  long spawns() {
    return counts.spawns() + root.plainSpawns.sum();
  }

  /** Every end counted so far, withdrawn spawns included. */
  long ends() {
    return counts.ends() + root.withdrawn.sum();
  }

  /** The threads admitted and not ended (see the class comment for when it is exact). */
  long live() {
    long ends = ends(); // first: every end seen has its spawn seen below
    return spawns() - ends;
  }

  /** From now on plain threads are refused and every end wakes {@link #awaitNone}. */
  void close() {
    root.close();
  }

  boolean closing() {
    return root.closing();
  }

  /** Waits up to {@code millis} for every live thread to end; returns whether they did. */
  boolean awaitNone(long millis) throws InterruptedException {
    return root.awaitNone(this::live, millis);
  }
}
