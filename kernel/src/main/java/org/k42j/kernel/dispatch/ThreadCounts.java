package org.k42j.kernel.dispatch;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/**
 * The count of user-level threads spawned and ended, a clustered object with one rep per virtual
 * processor ({@link ThreadCountsRep}), as K42 keeps its per-processor kernel state: a spawn on a
 * virtual processor and every thread's end touch only that processor's rep, so spawning and ending
 * threads on many processors share nothing. Built and used by {@link LiveThreads} only, which also
 * counts the spawns of plain threads (in the root) and sums the reps.
 */
@ClusteredObject
interface ThreadCounts {
  /** A thread was spawned from the calling processor. */
  void spawned();

  /** A thread of the calling processor ended. */
  void ended();

  /** Spawns counted by every rep. */
  @Gather(reduce = Reduce.SUM)
  long spawns();

  /** Ends counted by every rep. */
  @Gather(reduce = Reduce.SUM)
  long ends();
}
