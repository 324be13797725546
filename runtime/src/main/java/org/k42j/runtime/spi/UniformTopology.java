package org.k42j.runtime.spi;

/**
 * A topology of {@code nodes} nodes with processors assigned round-robin in blocks of {@code
 * processorsPerNode}: processor {@code p} is on node {@code (p / processorsPerNode) % nodes}.
 * {@code UniformTopology.single()} is one node holding every processor, the default on plain JVM
 * threads of a host with one NUMA node ({@link HostTopology#host()}).
 */
public record UniformTopology(int nodes, int processorsPerNode) implements Topology {
  /** Validates the shape. */
  public UniformTopology {
    if (nodes < 1 || processorsPerNode < 1) {
      throw new IllegalArgumentException(
          "a topology needs at least one node of at least one processor, got "
              + nodes
              + " nodes of "
              + processorsPerNode);
    }
  }

  /** One node holding every processor. */
  public static UniformTopology single() {
    return new UniformTopology(1, Integer.MAX_VALUE);
  }

  @Override
  public int nodeCount() {
    return nodes;
  }

  @Override
  public int nodeOf(int processor) {
    return (processor / processorsPerNode) % nodes;
  }
}
