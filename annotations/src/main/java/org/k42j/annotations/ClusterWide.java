package org.k42j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Takes a clustered object beyond one JVM (the {@code k42j-cluster} module, on Hazelcast).
 *
 * <p>On a {@link ClusteredObject} contract it asks the processor for {@code <Contract>_Cluster}: a
 * handle bound to one member of a cluster of JVMs and to a cluster-wide name, backed in that member
 * by an ordinary member-local clustered object (per-processor reps, the same dispatcher). Unmarked
 * methods stay in the member: per-rep methods go to the calling processor's rep, a plain {@link
 * Gather} or {@link Broadcast} visits the member's reps. {@link OnRoot} methods run on the
 * cluster's one copy of the root, kept by the cluster with backups.
 *
 * <p>On a {@link Gather} or {@link Broadcast} method of such a contract it widens the method to the
 * whole cluster: a gather runs the member-local gather on every member and folds the members'
 * results with the same reduction or combiner; a broadcast runs on every member.
 *
 * <pre>{@code
 * @ClusteredObject
 * @ClusterWide
 * public interface Hits extends Serializable {
 *   void hit();
 *
 *   @Gather(reduce = Reduce.SUM)
 *   long memberHits();          // this member's reps
 *
 *   @ClusterWide
 *   @Gather(reduce = Reduce.SUM)
 *   long clusterHits();         // every member's reps
 * }
 * }</pre>
 *
 * <p>A cluster-wide contract extends {@code java.io.Serializable} (a member that leaves hands its
 * reps' exported state to another member), so its rep declares {@link ExportState} and {@link
 * ImportState}; a root with {@link OnRoot} methods is serializable and not final, nor are those
 * methods. See {@code docs/cluster.md}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ClusterWide {}
