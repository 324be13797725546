package org.k42j.kernel.machine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the host's NUMA layout from a Linux sysfs node directory ({@code
 * /sys/devices/system/node}): each {@code nodeN/cpulist} gives node N's processors and each {@code
 * nodeN/distance} its SLIT row, one column per node directory in increasing node order.
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
  private static final Pattern NODE = Pattern.compile("node(\\d{1,9})");

  private HostMachine() {}

  static Machine read(Path nodeDirectory, int fallbackProcessors) {
    List<Integer> hostNodes = hostNodes(nodeDirectory);
    if (hostNodes.isEmpty()) {
      return Machine.uniform(1, fallbackProcessors);
    }
    int count = hostNodes.size();
    int[][] cpus = new int[count][];
    int[][] rows = new int[count][];
    boolean[] hostCpu = new boolean[MachineSpecs.MAX_PROCESSORS];
    for (int index = 0; index < count; index++) {
      Path node = nodeDirectory.resolve("node" + hostNodes.get(index));
      LineCursor cpulist = line(node.resolve("cpulist"));
      cpus[index] = cpulist.atEnd() ? new int[0] : ProcessorList.parse(cpulist, hostCpu.length - 1);
      for (int cpu : cpus[index]) {
        if (hostCpu[cpu]) {
          throw cpulist.error(
              1,
              "processor "
                  + cpu
                  + " is also on another node; expected each processor on one"
                  + " node");
        }
        hostCpu[cpu] = true;
      }
      rows[index] = distanceRow(node.resolve("distance"), count);
    }
    int[] modelCpu = new int[hostCpu.length]; // host processor id -> model id
    int processors = 0;
    for (int cpu = 0; cpu < hostCpu.length; cpu++) {
      modelCpu[cpu] = hostCpu[cpu] ? processors++ : -1;
    }
    if (processors == 0) {
      throw new MachineModelException(
          "host node directory "
              + nodeDirectory
              + " lists no processor on any node; expected"
              + " cpulist files naming the host's processors");
    }
    int[] modelNode = new int[count]; // index of a host node -> model node, or -1
    int nodes = 0;
    for (int index = 0; index < count; index++) {
      modelNode[index] = cpus[index].length > 0 ? nodes++ : -1;
    }
    int[] nodeOf = new int[processors];
    int[][] distances = new int[nodes][nodes];
    for (int index = 0; index < count; index++) {
      if (modelNode[index] < 0) {
        continue;
      }
      for (int cpu : cpus[index]) {
        nodeOf[modelCpu[cpu]] = modelNode[index];
      }
      for (int to = 0; to < count; to++) {
        if (modelNode[to] >= 0) {
          distances[modelNode[index]][modelNode[to]] = rows[index][to];
        }
      }
    }
    try {
      return Machine.of(nodeOf, distances);
    } catch (MachineModelException e) {
      throw new MachineModelException(
          "host node directory " + nodeDirectory + ": " + e.getMessage());
    }
  }

  /** The host's node numbers, in increasing order; empty when there is no node directory. */
  private static List<Integer> hostNodes(Path nodeDirectory) {
    List<Integer> nodes = new ArrayList<>();
    if (!Files.isDirectory(nodeDirectory)) {
      return nodes;
    }
    try (Stream<Path> entries = Files.list(nodeDirectory)) {
      entries.forEach(
          entry -> {
            Matcher matcher = NODE.matcher(entry.getFileName().toString());
            if (matcher.matches() && Files.isDirectory(entry)) {
              nodes.add(Integer.parseInt(matcher.group(1)));
            }
          });
    } catch (IOException e) {
      throw new MachineModelException(
          "cannot list the host node directory "
              + nodeDirectory
              + ": "
              + e
              + "; expected a readable sysfs node directory");
    }
    nodes.sort(null);
    return nodes;
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
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new MachineModelException(
          "cannot read host file " + file + ": " + e + "; expected a readable sysfs file");
    }
    int end = text.indexOf('\n');
    return new LineCursor(
        "host file " + file + ", line 1", end < 0 ? text : text.substring(0, end));
  }
}
