package org.k42j.kernel.machine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the machine file format, for machines that {@code NxM} cannot describe:
 *
 * <pre>
 * # Two sockets, the second with fewer processors; Linux-style interleaved numbering.
 * node 0: 0-3, 8-11      # processor ids, as in sysfs cpulist
 * node 1: 4-7
 *
 * distances              # optional; one row per node, one column per node
 * 10 21
 * 21 10
 * </pre>
 *
 * <p>Rules: {@code #} starts a comment to the end of the line; blank lines are ignored. Nodes are
 * declared in order from 0, one {@code node N: LIST} line each, before the distances. Every
 * processor id from 0 to the highest listed is on exactly one node. Without a {@code distances}
 * section every remote node is at {@link Machine#REMOTE_DISTANCE}; with one, its rows are the SLIT
 * rows: {@link Machine#LOCAL_DISTANCE} on the diagonal, more than that (at most {@value
 * #MAX_DISTANCE}, SLIT's largest reachable distance) elsewhere, and they may be asymmetric. Every
 * error names the line, the column when one token is at fault, and what was expected.
 */
final class MachineFile {
  /** The largest SLIT distance (255 means unreachable, which a model cannot use). */
  static final int MAX_DISTANCE = 254;

  private final String source;
  private final List<int[]> nodes = new ArrayList<>();
  private final List<Integer> nodeLines = new ArrayList<>();
  private int[] ownerOf = new int[0]; // processor id -> node + 1 (0: not yet on a node)
  private int[] ownerLine = new int[0]; // processor id -> line of its node declaration
  private int distancesLine; // 0 until the distances keyword
  private int[][] distances;
  private int rows;

  private MachineFile(String source) {
    this.source = source;
  }

  /** The machine {@code text} describes; {@code source} names it in errors (e.g. its path). */
  static Machine parse(String source, String text) {
    return new MachineFile(source).read(text);
  }

  private Machine read(String text) {
    String[] lines = text.split("\r\n|\n|\r", -1);
    for (int index = 0; index < lines.length; index++) {
      String line = lines[index];
      int comment = line.indexOf('#');
      line = comment < 0 ? line : line.substring(0, comment);
      LineCursor cursor = new LineCursor(where(index + 1), line);
      if (!cursor.atEnd()) {
        readLine(cursor, index + 1);
      }
    }
    return finish(lines.length);
  }

  private void readLine(LineCursor line, int number) {
    if (distances != null && rows < distances.length) {
      readDistanceRow(line);
      return;
    }
    int column = line.column();
    String keyword = line.word();
    if (keyword.equals("node")) {
      if (distances != null) {
        throw line.error(
            column,
            "node declared after the distances (line "
                + distancesLine
                + "); expected every node before the distances");
      }
      readNode(line, number);
    } else if (keyword.equals("distances")) {
      if (distances != null) {
        throw line.error(
            column,
            "distances given twice (first on line "
                + distancesLine
                + "); expected one distances section");
      }
      if (nodes.isEmpty()) {
        throw line.error(
            column, "distances before any node; expected node declarations such as node 0: 0-3");
      }
      line.expectEnd("the end of the line after distances (the rows go on the next lines)");
      distancesLine = number;
      distances = new int[nodes.size()][];
    } else {
      line.rewind(column);
      throw line.unexpected(
          distances == null
              ? "node N: LIST or distances"
              : "the end of the file after the " + distances.length + " distance rows");
    }
  }

  private void readNode(LineCursor line, int number) {
    int expected = nodes.size();
    int column = line.column();
    int node = line.number("a node id", 0, Integer.MAX_VALUE);
    if (node != expected) {
      throw line.error(
          column,
          "expected node "
              + expected
              + ", found node "
              + node
              + " (nodes are declared in order from 0)");
    }
    line.expect(':', "a colon after node " + node);
    int listColumn = line.column();
    int[] processors = line.processorList(MachineSpecs.MAX_PROCESSORS - 1);
    for (int processor : processors) {
      if (processor >= ownerOf.length) {
        int size = Math.max(processor + 1, ownerOf.length * 2);
        ownerOf = Arrays.copyOf(ownerOf, size);
        ownerLine = Arrays.copyOf(ownerLine, size);
      }
      if (ownerOf[processor] != 0) {
        throw line.error(
            listColumn,
            "processor "
                + processor
                + " is already on node "
                + (ownerOf[processor] - 1)
                + " (line "
                + ownerLine[processor]
                + "); expected each processor on one node");
      }
      ownerOf[processor] = node + 1;
      ownerLine[processor] = number;
    }
    nodes.add(processors);
    nodeLines.add(number);
  }

  private void readDistanceRow(LineCursor line) {
    int from = rows;
    int count = distances.length;
    int[] row = new int[count];
    for (int to = 0; to < count; to++) {
      if (line.atEnd()) {
        throw line.unexpected(
            count
                + " distances in the row of node "
                + from
                + " (one per node), only "
                + to
                + " given");
      }
      int column = line.column();
      int distance = line.number("a distance", 0, Integer.MAX_VALUE);
      if (from == to && distance != Machine.LOCAL_DISTANCE) {
        throw line.error(
            column,
            "distance from node "
                + from
                + " to itself is "
                + distance
                + ", expected "
                + Machine.LOCAL_DISTANCE);
      }
      if (from != to && (distance <= Machine.LOCAL_DISTANCE || distance > MAX_DISTANCE)) {
        throw line.error(
            column,
            "distance from node "
                + from
                + " to node "
                + to
                + " is "
                + distance
                + ", expected "
                + (Machine.LOCAL_DISTANCE + 1)
                + " to "
                + MAX_DISTANCE);
      }
      row[to] = distance;
    }
    line.expectEnd(
        "the end of the row of node " + from + " after its " + count + " distances (one per node)");
    distances[rows++] = row;
  }

  private Machine finish(int lineCount) {
    if (nodes.isEmpty()) {
      throw new MachineModelException(
          "machine file "
              + source
              + ": no node declared; expected at least one line such as"
              + " node 0: 0-3");
    }
    if (distances != null && rows < distances.length) {
      throw new MachineModelException(
          where(lineCount)
              + " (end of file): expected "
              + distances.length
              + " distance rows after line "
              + distancesLine
              + " (one per node), found "
              + rows);
    }
    int processorCount = 0;
    for (int processor = ownerOf.length - 1; processor >= 0 && processorCount == 0; processor--) {
      if (ownerOf[processor] != 0) {
        processorCount = processor + 1;
      }
    }
    int[] nodeOf = new int[processorCount];
    for (int processor = 0; processor < processorCount; processor++) {
      if (ownerOf[processor] == 0) {
        throw new MachineModelException(
            "machine file "
                + source
                + ": processor "
                + processor
                + " is on no node; expected"
                + " every processor from 0 to "
                + (processorCount - 1)
                + " on a node");
      }
      nodeOf[processor] = ownerOf[processor] - 1;
    }
    return Machine.of(nodeOf, distances == null ? uniformDistances(nodes.size()) : distances);
  }

  private static int[][] uniformDistances(int nodes) {
    int[][] matrix = new int[nodes][nodes];
    for (int from = 0; from < nodes; from++) {
      Arrays.fill(matrix[from], Machine.REMOTE_DISTANCE);
      matrix[from][from] = Machine.LOCAL_DISTANCE;
    }
    return matrix;
  }

  private String where(int line) {
    return "machine file " + source + ", line " + line;
  }
}
