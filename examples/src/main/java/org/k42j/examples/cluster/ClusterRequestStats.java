package org.k42j.examples.cluster;

import java.io.Serializable;
import org.k42j.annotations.Broadcast;
import org.k42j.annotations.ClusterWide;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.OnRoot;
import org.k42j.annotations.Reduce;
import org.k42j.examples.stats.MergeSnapshots;
import org.k42j.examples.stats.RequestStats;
import org.k42j.examples.stats.StatsSnapshot;

/**
 * Request statistics for a service that runs as several JVMs: each JVM records into its own
 * member-local clustered object (one rep per processor, no lock shared with anyone), a snapshot
 * merges every member's, and request ids are unique across the cluster because each rep takes
 * blocks of them from the one root the cluster keeps.
 *
 * <pre>{@code
 * ClusterMember member = ClusterMember.start(LoopbackConfig.member("shop"));
 * ClusterRequestStats stats = ClusterRequestStats_Cluster.of(member, "requests");
 * long id = stats.newRequestId();                   // unique in the cluster, usually local
 * stats.record("GET /items", 420_000L, false);      // this processor's rep, in this JVM
 * StatsSnapshot everywhere = stats.snapshot();      // every member's reps, merged
 * member.leave();                                   // hands this JVM's statistics on
 * }</pre>
 */
@ClusteredObject
@ClusterWide
public interface ClusterRequestStats extends RequestStats, Serializable {
  /** Records the request in the calling processor's rep of this member. */
  @Override
  void record(String endpoint, long latencyNanos, boolean error);

  /**
   * A request id no other call anywhere in the cluster gets: the next of this rep's block, a new
   * block from the root ({@link #nextIdBlock()}) once it is used up.
   */
  long newRequestId();

  /** Every member's statistics, merged. */
  @Override
  @ClusterWide
  @Gather(combiner = MergeSnapshots.class)
  StatsSnapshot snapshot();

  /** This member's statistics (its reps, and those it took over from members that left). */
  @Gather(combiner = MergeSnapshots.class)
  StatsSnapshot memberSnapshot();

  /** Requests recorded in the whole cluster. */
  @ClusterWide
  @Gather(reduce = Reduce.SUM)
  long requests();

  /** Forgets every endpoint on every member. */
  @Override
  @ClusterWide
  @Broadcast
  void reset();

  /** The first id of a new block of {@link IdBlocks#SIZE} ids: one counter in the cluster. */
  @OnRoot
  long nextIdBlock();
}
