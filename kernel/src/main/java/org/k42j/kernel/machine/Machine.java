package org.k42j.kernel.machine;

import java.util.Arrays;
import org.k42j.runtime.spi.Topology;

/**
 * The model of a NUMA machine: processors {@code 0..processorCount()-1}, each on one of the nodes
 * {@code 0..nodeCount()-1}, and a node distance matrix in the style of ACPI's SLIT: the distance
 * from a node to itself is {@value #LOCAL_DISTANCE}, and a distance of 20 means an access costs
 * about twice a local one. Immutable.
 *
 * <p>A machine is also the runtime's {@link Topology}: the kernel installs it so that per-node
 * clustered objects get one rep per modeled node. Processor ids beyond the model (an identity may
 * hand out more) map onto it modulo the processor count, as {@link Topology#nodeOf} requires.
 */
public final class Machine implements Topology {
  /** The distance from a node to itself. */
  public static final int LOCAL_DISTANCE = 10;

  /** The distance between two different nodes in a {@link #uniform} machine. */
  public static final int REMOTE_DISTANCE = 20;

  private final int[] nodeOfProcessor;
  private final int[][] distances;
  private final int[][] processorsOfNode;

  private Machine(int[] nodeOfProcessor, int[][] distances) {
    this.nodeOfProcessor = nodeOfProcessor;
    this.distances = distances;
    int[] counts = new int[distances.length];
    for (int node : nodeOfProcessor) {
      counts[node]++;
    }
    processorsOfNode = new int[distances.length][];
    for (int node = 0; node < counts.length; node++) {
      processorsOfNode[node] = new int[counts[node]];
    }
    int[] filled = new int[distances.length];
    for (int processor = 0; processor < nodeOfProcessor.length; processor++) {
      int node = nodeOfProcessor[processor];
      processorsOfNode[node][filled[node]++] = processor;
    }
  }

  /**
   * {@code nodes} nodes of {@code processorsPerNode} processors each, numbered node by node
   * (processors {@code 0..processorsPerNode-1} on node 0, and so on), every remote node at {@value
   * #REMOTE_DISTANCE}.
   */
  public static Machine uniform(int nodes, int processorsPerNode) {
    return uniform(nodes, processorsPerNode, REMOTE_DISTANCE);
  }

  /**
   * {@code nodes} nodes of {@code processorsPerNode} processors each, numbered node by node, every
   * remote node at {@code remoteDistance} (more than {@value #LOCAL_DISTANCE}; for example 21, as
   * the firmware of many two-socket servers reports).
   */
  public static Machine uniform(int nodes, int processorsPerNode, int remoteDistance) {
    if (nodes < 1 || processorsPerNode < 1) {
      throw new MachineModelException(
          "a machine needs at least one node of at least one processor, not "
              + nodes
              + " node(s) of "
              + processorsPerNode
              + "; give positive counts, for example uniform(4, 8)");
    }
    if (remoteDistance <= LOCAL_DISTANCE) {
      throw new MachineModelException(
          "remote distance "
              + remoteDistance
              + " is not more than the local distance "
              + LOCAL_DISTANCE
              + "; give a larger one, for example "
              + REMOTE_DISTANCE);
    }
    int[] nodeOf = new int[Math.multiplyExact(nodes, processorsPerNode)];
    for (int processor = 0; processor < nodeOf.length; processor++) {
      nodeOf[processor] = processor / processorsPerNode;
    }
    int[][] distances = new int[nodes][nodes];
    for (int from = 0; from < nodes; from++) {
      for (int to = 0; to < nodes; to++) {
        distances[from][to] = from == to ? LOCAL_DISTANCE : remoteDistance;
      }
    }
    return new Machine(nodeOf, distances);
  }

  /**
   * A machine of any shape: {@code nodeOfProcessor[p]} is processor {@code p}'s node and {@code
   * distances[a][b]} the distance from node {@code a} to node {@code b}. Every node must have at
   * least one processor, the matrix must be square with {@value #LOCAL_DISTANCE} on the diagonal
   * and more than that elsewhere (it may be asymmetric, as SLIT tables may be). The arrays are
   * copied.
   */
  public static Machine of(int[] nodeOfProcessor, int[][] distances) {
    if (nodeOfProcessor == null || distances == null) {
      throw new MachineModelException(
          (nodeOfProcessor == null ? "nodeOfProcessor" : "distances")
              + " is null; give the node of every processor and a distance matrix with one row"
              + " per node, for example Machine.of(new int[] {0, 0, 1, 1}, new int[][] {{10, 20},"
              + " {20, 10}}), or use Machine.uniform(nodes, processorsPerNode)");
    }
    int nodes = distances.length;
    if (nodeOfProcessor.length == 0 || nodes == 0) {
      throw new MachineModelException(
          "a machine needs at least one processor and one node; give every processor a node and a"
              + " distance matrix with one row per node");
    }
    int[][] copy = new int[nodes][];
    for (int from = 0; from < nodes; from++) {
      if (distances[from] == null) {
        throw new MachineModelException(
            "distance row of node "
                + from
                + " is null; give every node a row of "
                + nodes
                + " distances (the matrix must be square, one column per node)");
      }
      if (distances[from].length != nodes) {
        throw new MachineModelException(
            "distance row of node "
                + from
                + " has "
                + distances[from].length
                + " entries, expected "
                + nodes
                + " (the matrix must be square, one column per node)");
      }
      copy[from] = distances[from].clone();
      for (int to = 0; to < nodes; to++) {
        int distance = copy[from][to];
        if (from == to && distance != LOCAL_DISTANCE) {
          throw new MachineModelException(
              "distance from node "
                  + from
                  + " to itself is "
                  + distance
                  + ", expected "
                  + LOCAL_DISTANCE
                  + " (SLIT's local distance)");
        }
        if (from != to && distance <= LOCAL_DISTANCE) {
          throw new MachineModelException(
              "distance from node "
                  + from
                  + " to node "
                  + to
                  + " is "
                  + distance
                  + ", expected more than the local distance "
                  + LOCAL_DISTANCE);
        }
      }
    }
    boolean[] used = new boolean[nodes];
    for (int processor = 0; processor < nodeOfProcessor.length; processor++) {
      int node = nodeOfProcessor[processor];
      if (node < 0 || node >= nodes) {
        throw new MachineModelException(
            "processor "
                + processor
                + " is on node "
                + node
                + ", but the machine has nodes 0.."
                + (nodes - 1));
      }
      used[node] = true;
    }
    for (int node = 0; node < nodes; node++) {
      if (!used[node]) {
        throw new MachineModelException(
            "node " + node + " has no processor; every node of the model needs at least one");
      }
    }
    return new Machine(nodeOfProcessor.clone(), copy);
  }

  /** The number of processors. */
  public int processorCount() {
    return nodeOfProcessor.length;
  }

  @Override
  public int nodeCount() {
    return distances.length;
  }

  /** The node of {@code processor}; ids beyond the model wrap around it. */
  @Override
  public int nodeOf(int processor) {
    if (processor < 0) {
      throw new IllegalArgumentException("processor ids are non-negative, not " + processor);
    }
    return nodeOfProcessor[processor % nodeOfProcessor.length];
  }

  /** The SLIT distance from node {@code from} to node {@code to}. */
  public int distance(int from, int to) {
    return distances[from][to];
  }

  /** The distance between the nodes of two processors. */
  public int processorDistance(int from, int to) {
    return distance(nodeOf(from), nodeOf(to));
  }

  /** The processors of {@code node}, in increasing order. */
  public int[] processorsOf(int node) {
    return processorsOfNode[node].clone();
  }

  /** The number of processors on {@code node}. */
  public int processorCountOf(int node) {
    return processorsOfNode[node].length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Machine machine
        && Arrays.equals(nodeOfProcessor, machine.nodeOfProcessor)
        && Arrays.deepEquals(distances, machine.distances);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(nodeOfProcessor) + Arrays.deepHashCode(distances);
  }

  /** For example {@code Machine[4 nodes, 32 processors: 8+8+8+8]}. */
  @Override
  public String toString() {
    StringBuilder shape = new StringBuilder();
    for (int node = 0; node < nodeCount(); node++) {
      shape.append(node == 0 ? "" : "+").append(processorCountOf(node));
    }
    return "Machine["
        + nodeCount()
        + (nodeCount() == 1 ? " node, " : " nodes, ")
        + processorCount()
        + " processors: "
        + shape
        + "]";
  }
}
