package org.k42j.kernel.machine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.k42j.runtime.spi.HostNodes;

/**
 * Builds a {@link Machine} from a spec string, the one entry point for command lines and
 * configuration:
 *
 * <ul>
 *   <li>{@code "host"}: this host's NUMA layout from sysfs ({@link #host()});
 *   <li>{@code "NxM"}: N nodes of M processors, every remote node at {@link
 *       Machine#REMOTE_DISTANCE}; {@code "NxM:D"}: the same with remote distance D (11..254), e.g.
 *       {@code "2x16:21"} for a common two-socket server ({@link #compact});
 *   <li>anything else: the path of a machine file describing an irregular machine ({@link #file};
 *       the format is described in {@code docs/kernel-memory.md}).
 * </ul>
 *
 * <p>A spec starting with a digit is always a compact spec; name a file whose name starts with a
 * digit as {@code ./4x8.machine}. The compact spec deliberately has no distance matrix: a matrix on
 * one line is unreadable beyond two nodes and easy to get wrong, and irregular distances usually
 * come with an irregular shape, which needs a file anyway.
 *
 * <p>Every malformed spec or file raises {@link MachineModelException} naming where (the column of
 * a spec, the line and column of a file) and what was expected.
 */
public final class MachineSpecs {
  /**
   * The largest number of processors a spec, file or host may model. A kernel boots fewer: its
   * threading backend's maximum ({@code KernelOptions.maxProcessors()}), within the host's room for
   * threads; {@code Kernel.boot} refuses a larger machine by name.
   */
  public static final int MAX_PROCESSORS = HostNodes.MAX_PROCESSORS;

  /** Where Linux describes the host's NUMA nodes. */
  public static final Path SYSFS_NODES = HostNodes.SYSFS_NODES;

  private static final String SPEC_FORMS =
      "\"host\", NODESxPROCESSORS[:REMOTE_DISTANCE] such as 4x8 or 2x16:21, or a machine file's"
          + " path";

  private MachineSpecs() {}

  /** The machine {@code spec} names: {@code "host"}, {@code "NxM[:D]"} or a machine file path. */
  public static Machine parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new MachineModelException("empty machine spec; expected " + SPEC_FORMS);
    }
    String trimmed = spec.strip();
    if (trimmed.equals("host")) {
      return host();
    }
    if (Character.isDigit(trimmed.charAt(0))) {
      return compact(trimmed);
    }
    return file(Path.of(trimmed));
  }

  /** This host's NUMA layout, read from {@link #SYSFS_NODES}; see {@link #host(Path)}. */
  public static Machine host() {
    return host(SYSFS_NODES);
  }

  /**
   * The NUMA layout described by a sysfs node directory: each {@code nodeN/cpulist} and {@code
   * nodeN/distance}. Host processor ids are renumbered densely in increasing order, nodes without
   * processors are left out, and without the directory (or any {@code nodeN} in it) the machine is
   * one node of {@link Runtime#availableProcessors()} processors.
   */
  public static Machine host(Path nodeDirectory) {
    return HostMachine.read(nodeDirectory, Runtime.getRuntime().availableProcessors());
  }

  /** A compact spec: {@code "NxM"} or {@code "NxM:D"}; see the class comment. */
  public static Machine compact(String spec) {
    LineCursor line = new LineCursor("machine spec \"" + spec + '"', spec);
    int nodes = line.number("a node count", 1, MAX_PROCESSORS);
    line.expect('x', "x between the node count and the processors per node, as in 4x8");
    int perNode = line.number("a number of processors per node", 1, MAX_PROCESSORS);
    int remote = Machine.REMOTE_DISTANCE;
    if (line.accept(':')) {
      remote =
          line.number("a remote distance", Machine.LOCAL_DISTANCE + 1, MachineFile.MAX_DISTANCE);
    }
    line.expectEnd("the end of the spec or :REMOTE_DISTANCE, as in 2x16:21");
    if ((long) nodes * perNode > MAX_PROCESSORS) {
      throw line.error(
          1,
          nodes
              + " nodes of "
              + perNode
              + " processors are "
              + (long) nodes * perNode
              + " processors; expected at most "
              + MAX_PROCESSORS);
    }
    return Machine.uniform(nodes, perNode, remote);
  }

  /** The machine a machine file describes (format: see {@code docs/kernel-memory.md}). */
  public static Machine file(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new MachineModelException(
          "machine file " + path + " not found; expected " + SPEC_FORMS);
    } catch (IOException e) {
      throw new MachineModelException(
          "cannot read machine file " + path + ": " + e + "; expected a readable file");
    }
    return MachineFile.parse(path.toString(), text);
  }

  /**
   * The machine a machine file's {@code text} describes; {@code source} names it in errors. For
   * files held in memory (resources, tests).
   */
  public static Machine fileText(String source, String text) {
    return MachineFile.parse(source, text);
  }
}
