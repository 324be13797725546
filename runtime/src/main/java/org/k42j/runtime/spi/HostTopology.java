package org.k42j.runtime.spi;

import java.util.Arrays;

/**
 * The host's NUMA nodes as a {@link Topology}: the default on plain JVM threads, so that {@link
 * org.k42j.annotations.Policy#PER_NODE} gives one rep per node of the host (two on a two-socket
 * server) without the k42j kernel. Processor ids are the host's processors renumbered densely
 * ({@link HostNodes}); an id beyond them (the default identity hands out thread slots, not CPUs,
 * and may hand out more) maps onto them modulo their count, as {@link Topology#nodeOf} requires.
 * Immutable; equal to another host topology of the same layout.
 */
public final class HostTopology implements Topology {
  private static final System.Logger LOG = System.getLogger(HostTopology.class.getName());

  private final int[] nodeOfProcessor;
  private final int nodes;

  private HostTopology(int[] nodeOfProcessor, int nodes) {
    this.nodeOfProcessor = nodeOfProcessor;
    this.nodes = nodes;
  }

  /**
   * The default topology on plain JVM threads: this host's nodes ({@link HostNodes#SYSFS_NODES})
   * when it has more than one, else {@link UniformTopology#single()}. A host whose layout cannot be
   * read gets the single node too, with a warning logged that names the file: placing reps by node
   * is an optimisation, and a clustered object is correct under any topology.
   */
  public static Topology host() {
    try {
      return of(HostNodes.host());
    } catch (HostTopologyException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "k42j uses one node for PER_NODE clustered objects: " + e.getMessage());
      return UniformTopology.single();
    }
  }

  /**
   * The topology of {@code nodes}: {@link UniformTopology#single()} when they have at most one node
   * with processors, else one node per node with processors.
   */
  public static Topology of(HostNodes nodes) {
    if (nodes.nodeCount() <= 1) {
      return UniformTopology.single();
    }
    return new HostTopology(nodes.nodeOfProcessor(), nodes.nodeCount());
  }

  @Override
  public int nodeCount() {
    return nodes;
  }

  @Override
  public int nodeOf(int processor) {
    if (processor < 0) {
      throw new IllegalArgumentException("processor ids are non-negative, not " + processor);
    }
    return nodeOfProcessor[processor % nodeOfProcessor.length];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HostTopology host
        && Arrays.equals(nodeOfProcessor, host.nodeOfProcessor);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(nodeOfProcessor);
  }

  /** For example {@code HostTopology[2 nodes, 16 processors]}. */
  @Override
  public String toString() {
    return "HostTopology[" + nodes + " nodes, " + nodeOfProcessor.length + " processors]";
  }
}
