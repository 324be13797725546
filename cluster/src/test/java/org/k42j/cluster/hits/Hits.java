package org.k42j.cluster.hits;

import java.io.Serializable;
import java.util.List;
import org.k42j.annotations.Broadcast;
import org.k42j.annotations.ClusterWide;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.OnRoot;
import org.k42j.annotations.Reduce;

/** A counter of hits across a cluster of JVMs: the tests' cluster-wide contract. */
@ClusteredObject
@ClusterWide
public interface Hits extends Serializable {
  /** Counts one hit on the calling processor's rep. */
  void hit();

  /** Counts {@code n} hits and remembers {@code tag} on the calling processor's rep. */
  void hit(long n, String tag);

  /** This member's hits (its reps, and those it adopted). */
  @Gather(reduce = Reduce.SUM)
  long memberHits();

  /** Every member's hits. */
  @ClusterWide
  @Gather(reduce = Reduce.SUM)
  long clusterHits();

  /** The most hits any one rep of any member holds. */
  @ClusterWide
  @Gather(reduce = Reduce.MAX)
  long busiestRep();

  /** Every tag any rep of any member remembers, sorted. */
  @ClusterWide
  @Gather(combiner = SortedTags.class)
  List<String> tags();

  /** Forgets the hits and tags of every rep of every member. */
  @ClusterWide
  @Broadcast
  void reset();

  /** The cluster-wide total kept on the root (flushed hits). */
  @OnRoot
  long flushed();

  /** Adds {@code n} to the root's total; returns the new total. */
  @OnRoot
  long flush(long n);

  /** Fails on the root with the given message (exceptions cross JVMs as they are). */
  @OnRoot
  void failOnRoot(String message);
}
