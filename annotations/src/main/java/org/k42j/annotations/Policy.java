package org.k42j.annotations;

/**
 * How many reps serve a clustered object, and which processors share one. In every case reps are
 * created lazily, on the first call from a processor that has none: {@code 0 <= reps <=
 * processors}.
 *
 * <pre>{@code
 * @Rep(policy = Policy.PER_CLUSTER, clusterSize = 4)
 * final class StatsRep implements Stats { ... }
 * }</pre>
 */
public enum Policy {
  /** One rep per processor (K42's multi-rep root with cluster size 1). The default. */
  PER_PROCESSOR,
  /** One rep per NUMA node, shared by the node's processors (from the topology SPI). */
  PER_NODE,
  /** One rep per group of {@link Rep#clusterSize()} consecutive processors. */
  PER_CLUSTER,
  /** A single rep shared by every processor (K42's single-rep root). */
  SINGLE,
  /**
   * Load-adaptive: start with one rep shared by all processors; a processor where contention is
   * observed gets a rep of its own. Never more than one rep per processor.
   */
  ADAPTIVE
}
