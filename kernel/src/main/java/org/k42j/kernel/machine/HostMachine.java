package org.k42j.kernel.machine;

import java.nio.file.Path;
import org.k42j.runtime.spi.HostNodes;
import org.k42j.runtime.spi.HostTopologyException;

/**
 * Reads the host's NUMA layout from a Linux sysfs node directory ({@code
 * /sys/devices/system/node}): each {@code nodeN/cpulist} gives node N's processors and each {@code
 * nodeN/distance} its SLIT row, one column per node directory in increasing node order. The nodes
 * and their processors are the runtime's {@link HostNodes} (which the runtime's default topology on
 * plain threads reads too); this adds the distances.
 *
 * <p>The model is dense where the host may not be: host processor ids are renumbered {@code 0..P-1}
 * in increasing order (offline processors leave gaps in sysfs), and nodes without processors
 * (memory-only nodes) are left out, with their distance columns, the remaining nodes renumbered in
 * increasing order. Without the directory, or without any {@code nodeN} in it (no NUMA support,
 * another OS), the host is one node of {@code fallbackProcessors} processors.
 *
 * <p>The model is the host's topology, not the share of it this process may use: in a container
 * limited to two processors of a 64-processor host it has 64 processors. Virtual processors may
 * outnumber host cores anyway.
 */
final class HostMachine {
  private HostMachine() {}

  static Machine read(Path nodeDirectory, int fallbackProcessors) {
    HostNodes host;
    try {
      host = HostNodes.read(nodeDirectory);
    } catch (HostTopologyException e) {
      throw new MachineModelException(e.getMessage());
    }
    int count = host.hostNodeCount();
    if (count == 0) {
      return Machine.uniform(1, fallbackProcessors);
    }
    int[][] rows = new int[count][];
    for (int index = 0; index < count; index++) {
      Path node = nodeDirectory.resolve("node" + host.hostNode(index));
      rows[index] = distanceRow(node.resolve("distance"), count);
    }
    if (host.processorCount() == 0) {
      throw new MachineModelException(
          "host node directory "
              + nodeDirectory
              + " lists no processor on any node; expected"
              + " cpulist files naming the host's processors");
    }
    int nodes = host.nodeCount();
    int[][] distances = new int[nodes][nodes];
    for (int index = 0; index < count; index++) {
      int from = host.nodeOfHostNode(index);
      if (from < 0) {
        continue;
      }
      for (int to = 0; to < count; to++) {
        if (host.nodeOfHostNode(to) >= 0) {
          distances[from][host.nodeOfHostNode(to)] = rows[index][to];
        }
      }
    }
    try {
      return Machine.of(host.nodeOfProcessor(), distances);
    } catch (MachineModelException e) {
      throw new MachineModelException(
          "host node directory " + nodeDirectory + ": " + e.getMessage());
    }
  }

  private static int[] distanceRow(Path file, int nodes) {
    LineCursor line = line(file);
    int[] row = new int[nodes];
    for (int to = 0; to < nodes; to++) {
      if (line.atEnd()) {
        throw line.unexpected(nodes + " distances (one per node directory), only " + to + " given");
      }
      row[to] = line.number("a distance", 0, Integer.MAX_VALUE);
    }
    line.expectEnd("the end of the row after " + nodes + " distances (one per node directory)");
    return row;
  }

  /** The first line of a sysfs file, as a cursor whose errors name the file. */
  private static LineCursor line(Path file) {
    try {
      return new LineCursor("host file " + file + ", line 1", HostNodes.firstLine(file));
    } catch (HostTopologyException e) {
      throw new MachineModelException(e.getMessage());
    }
  }
}
