package org.k42j.runtime.internal;

import java.util.Arrays;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ProcessorIdentityException;
import org.k42j.runtime.spi.Topology;

/**
 * Which rep slot serves a processor under a rep policy: the processor itself, its node, its
 * cluster, slot 0, or (adaptive) a shared home slot until the processor is given a rep of its own.
 *
 * <p>Invariants: the adaptive home is set once, by the first processor that needs a slot; a
 * processor's ownership of a rep only goes from false to true (grown copies of the ownership table
 * keep it), so {@link #contentionChangesNothing}, the one method called without the root's lock,
 * can only answer false when it reads stale state. Every other method runs under the root's lock.
 */
final class SlotPolicy {
  private final Policy policy;
  private final int clusterSize;
  // guarded by the root's lock, except the racy reads in alreadyOwnsRep
  private Topology topology; // PER_NODE only: the topology that places the reps, set once
  private int adaptiveHome = -1;
  private boolean[] ownsRep = new boolean[0];

  SlotPolicy(Policy policy, int clusterSize) {
    if (policy == Policy.PER_CLUSTER && clusterSize < 1) {
      throw new IllegalArgumentException("cluster size must be positive, got " + clusterSize);
    }
    this.policy = policy;
    this.clusterSize = policy == Policy.PER_CLUSTER ? clusterSize : 1;
  }

  /** When the object is created: per-node reps are placed by {@code installed} from now on. */
  void placeBy(Topology installed) {
    topology = policy == Policy.PER_NODE ? installed : null;
  }

  /** The adaptive home processor, or -1 (not adaptive, or no processor needed a slot yet). */
  int adaptiveHome() {
    return adaptiveHome;
  }

  /** The topology that places per-node reps, or null under every other policy. */
  Topology topology() {
    return topology;
  }

  /** The slot whose rep serves {@code processor} (a valid id, covered by the row). */
  int slotOf(int processor) {
    switch (policy) {
      case PER_PROCESSOR:
        return processor;
      case PER_NODE:
        int node = topology.nodeOf(processor);
        if (node < 0 || node >= topology.nodeCount()) {
          throw new ProcessorIdentityException(
              "topology "
                  + topology
                  + " put processor "
                  + processor
                  + " on node "
                  + node
                  + "; nodes must be in 0.."
                  + (topology.nodeCount() - 1)
                  + ", so fix the topology's nodeOf (or its nodeCount)");
        }
        return node;
      case PER_CLUSTER:
        return processor / clusterSize;
      case SINGLE:
        return 0;
      case ADAPTIVE:
        if (adaptiveHome < 0) {
          adaptiveHome = processor;
        }
        return owns(processor) ? processor : adaptiveHome;
      default:
        throw new AssertionError(policy);
    }
  }

  /**
   * Without the lock: whether a contention report from {@code processor} is sure to change nothing.
   * A stale read can only answer false, which sends the caller to the lock to decide.
   */
  boolean contentionChangesNothing(int processor) {
    if (policy != Policy.ADAPTIVE || processor < 0) {
      return true;
    }
    boolean[] owns = ownsRep;
    return processor < owns.length && (owns[processor] || processor == adaptiveHome);
  }

  /**
   * Whether {@code processor} may be given a rep of its own: the policy is adaptive, the shared
   * home exists and is another processor's, and the processor has none yet.
   */
  boolean mayGiveOwnRep(int processor) {
    return policy == Policy.ADAPTIVE
        && adaptiveHome >= 0
        && processor != adaptiveHome
        && !owns(processor);
  }

  /** Records that {@code processor} now has a rep of its own, in the slot of its own id. */
  void gaveOwnRep(int processor) {
    if (processor >= ownsRep.length) {
      ownsRep = Arrays.copyOf(ownsRep, Math.max(processor + 1, 2 * ownsRep.length));
    }
    ownsRep[processor] = true;
  }

  private boolean owns(int processor) {
    return processor < ownsRep.length && ownsRep[processor];
  }
}
