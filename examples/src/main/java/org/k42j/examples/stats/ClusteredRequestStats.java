package org.k42j.examples.stats;

import org.k42j.annotations.Broadcast;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;

/**
 * Request statistics as a clustered object (the "after", ported from {@link
 * SynchronizedRequestStats}): each processor records into its own rep's map of tallies, with no
 * shared lock; a snapshot merges the reps' snapshots; a reset clears every rep.
 *
 * <pre>{@code
 * ClusteredRequestStats stats = ClusteredRequestStats_Factory.create();
 * // or: ClusteredObjects.create(ClusteredRequestStats.class)
 * stats.record("GET /items", 420_000L, false);   // the calling processor's rep only
 * StatsSnapshot all = stats.snapshot();           // every rep's snapshot, merged
 * }</pre>
 *
 * <p>Each rep's part of a snapshot is exact (taken under that rep's guard), and once recording has
 * stopped the whole snapshot is exact. While requests are being recorded, the reps are read one
 * after another, so a snapshot may include a request on one processor and not an earlier one on
 * another: for monitoring that is the usual trade, and it is what makes recording scale. {@link
 * #reset()} likewise clears the reps one after another.
 */
@ClusteredObject
public interface ClusteredRequestStats extends RequestStats {
  /** Records the request in the calling processor's rep. */
  @Override
  void record(String endpoint, long latencyNanos, boolean error);

  /** Every rep's snapshot, merged by {@link MergeSnapshots}. */
  @Override
  @Gather(combiner = MergeSnapshots.class)
  StatsSnapshot snapshot();

  /** Clears every existing rep. */
  @Override
  @Broadcast
  void reset();
}
