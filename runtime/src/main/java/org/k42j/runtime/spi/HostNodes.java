package org.k42j.runtime.spi;

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
 * The host's NUMA nodes and their processors, as a Linux sysfs node directory ({@code
 * /sys/devices/system/node}) lists them: each {@code nodeN} directory, in increasing node number,
 * and the processors its {@code cpulist} names. {@link HostTopology} turns them into the default
 * topology on plain JVM threads; the k42j kernel's host machine reads them and adds each node's
 * {@code distance} row.
 *
 * <p>The dense model is what clustered objects use: host processor ids renumbered {@code 0..P-1} in
 * increasing order (offline processors leave gaps in sysfs) and nodes without processors
 * (memory-only nodes) left out, the remaining nodes renumbered in increasing order. Without the
 * directory, or without any {@code nodeN} in it (no NUMA support, another OS), there are no nodes.
 * Immutable.
 */
public final class HostNodes {
  /** Where Linux lists the host's NUMA nodes. */
  public static final Path SYSFS_NODES = Path.of("/sys/devices/system/node");

  /** The largest processor id a {@code cpulist} may name, plus one. */
  public static final int MAX_PROCESSORS = 65_536;

  private static final Pattern NODE = Pattern.compile("node(\\d{1,9})");

  private final Path directory;
  private final int[] numbers;
  private final int[][] cpus;
  private final int[] modelNodes; // index of a host node -> its dense node, or -1
  private final int[] nodeOfProcessor; // dense processor -> dense node

  private HostNodes(Path directory, int[] numbers, int[][] cpus) {
    this.directory = directory;
    this.numbers = numbers;
    this.cpus = cpus;
    boolean[] hostCpu = new boolean[MAX_PROCESSORS];
    for (int[] list : cpus) {
      for (int cpu : list) {
        hostCpu[cpu] = true;
      }
    }
    int[] modelCpu = new int[MAX_PROCESSORS]; // host processor id -> dense id
    int processors = 0;
    for (int cpu = 0; cpu < MAX_PROCESSORS; cpu++) {
      modelCpu[cpu] = hostCpu[cpu] ? processors++ : -1;
    }
    modelNodes = new int[numbers.length];
    nodeOfProcessor = new int[processors];
    int nodes = 0;
    for (int index = 0; index < numbers.length; index++) {
      modelNodes[index] = cpus[index].length > 0 ? nodes++ : -1;
      for (int cpu : cpus[index]) {
        nodeOfProcessor[modelCpu[cpu]] = modelNodes[index];
      }
    }
  }

  /** The nodes of this host, from {@link #SYSFS_NODES}. */
  public static HostNodes host() {
    return read(SYSFS_NODES);
  }

  /**
   * The nodes a sysfs node directory lists, with their processors.
   *
   * @throws HostTopologyException when the directory cannot be listed, a {@code cpulist} cannot be
   *     read or does not parse, or a processor is on two nodes; the message names the file
   */
  public static HostNodes read(Path nodeDirectory) {
    List<Integer> found = new ArrayList<>();
    if (Files.isDirectory(nodeDirectory)) {
      try (Stream<Path> entries = Files.list(nodeDirectory)) {
        entries.forEach(
            entry -> {
              Matcher matcher = NODE.matcher(entry.getFileName().toString());
              if (matcher.matches() && Files.isDirectory(entry)) {
                found.add(Integer.parseInt(matcher.group(1)));
              }
            });
      } catch (IOException e) {
        throw new HostTopologyException(
            "cannot list the host node directory "
                + nodeDirectory
                + ": "
                + e
                + "; expected a readable sysfs node directory");
      }
    }
    found.sort(null);
    int[] numbers = found.stream().mapToInt(Integer::intValue).toArray();
    int[][] cpus = new int[numbers.length][];
    boolean[] seen = new boolean[MAX_PROCESSORS];
    for (int index = 0; index < numbers.length; index++) {
      Path file = nodeDirectory.resolve("node" + numbers[index]).resolve("cpulist");
      String line = firstLine(file);
      String where = "host file " + file + ", line 1, column ";
      try {
        cpus[index] = line.isBlank() ? new int[0] : CpuList.parse(line, MAX_PROCESSORS - 1);
      } catch (CpuList.FormatException e) {
        throw new HostTopologyException(where + e.column() + ": " + e.getMessage());
      }
      for (int cpu : cpus[index]) {
        if (seen[cpu]) {
          throw new HostTopologyException(
              where
                  + "1: processor "
                  + cpu
                  + " is also on another node; expected each processor on one node");
        }
        seen[cpu] = true;
      }
    }
    return new HostNodes(nodeDirectory, numbers, cpus);
  }

  /**
   * The first line of a sysfs file.
   *
   * @throws HostTopologyException when it cannot be read, naming it
   */
  public static String firstLine(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new HostTopologyException(
          "cannot read host file " + file + ": " + e + "; expected a readable sysfs file");
    }
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** The node directory read. */
  public Path directory() {
    return directory;
  }

  /** The number of {@code nodeN} directories, with or without processors. */
  public int hostNodeCount() {
    return numbers.length;
  }

  /** The number {@code N} of the {@code index}-th {@code nodeN} directory, in increasing order. */
  public int hostNode(int index) {
    return numbers[index];
  }

  /** The host processor ids of the {@code index}-th node directory, as its cpulist lists them. */
  public int[] hostProcessors(int index) {
    return cpus[index].clone();
  }

  /** The dense node of the {@code index}-th node directory, or -1 if it has no processor. */
  public int nodeOfHostNode(int index) {
    return modelNodes[index];
  }

  /** The number of processors on every node, which the dense model numbers {@code 0..P-1}. */
  public int processorCount() {
    return nodeOfProcessor.length;
  }

  /** The number of nodes with processors, which the dense model numbers {@code 0..N-1}. */
  public int nodeCount() {
    int nodes = 0;
    for (int node : modelNodes) {
      nodes += node >= 0 ? 1 : 0;
    }
    return nodes;
  }

  /** The dense node of every dense processor: the processor's index in the array. */
  public int[] nodeOfProcessor() {
    return nodeOfProcessor.clone();
  }
}
