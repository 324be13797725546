package org.k42j.kernel.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MachineFileTest {
  private static Machine parse(String text) {
    return MachineSpecs.fileText("test.machine", text);
  }

  private static void assertRefused(String message, String text) {
    assertEquals(
        message, assertThrows(MachineModelException.class, () -> parse(text)).getMessage());
  }

  @Test
  void fileDescribesAnIrregularMachineWithInterleavedNumbering() {
    Machine machine =
        parse(
            "# two sockets, the second smaller\n"
                + "node 0: 0-3, 8-9   # interleaved as on Linux\n"
                + "\n"
                + "node 1: 4-7\n"
                + "distances\n"
                + "  10 21\n"
                + "  # rows may be commented\n"
                + "  31 10\n");
    assertEquals(10, machine.processorCount());
    assertArrayEquals(new int[] {0, 1, 2, 3, 8, 9}, machine.processorsOf(0));
    assertArrayEquals(new int[] {4, 5, 6, 7}, machine.processorsOf(1));
    assertEquals(21, machine.distance(0, 1));
    assertEquals(31, machine.distance(1, 0));
  }

  @Test
  void withoutDistancesEveryRemoteNodeIsAtTheDefaultDistance() {
    Machine machine = parse("node 0: 0\r\nnode 1: 1\r\nnode 2: 2,3\r\n");
    assertEquals(
        Machine.of(new int[] {0, 1, 2, 2}, new int[][] {{10, 20, 20}, {20, 10, 20}, {20, 20, 10}}),
        machine);
  }

  @Test
  void malformedFilesNameTheLineColumnAndWhatWasExpected() {
    assertRefused(
        "machine file test.machine, line 2, column 1: expected node N: LIST or distances, found"
            + " \"nodes\"",
        "node 0: 0\nnodes 1: 1\n");
    assertRefused(
        "machine file test.machine, line 1, column 1: expected node N: LIST or distances, found"
            + " \"5\"",
        "5 nodes\n");
    assertRefused(
        "machine file test.machine, line 2, column 6: expected node 1, found node 2 (nodes are"
            + " declared in order from 0)",
        "node 0: 0\nnode 2: 1\n");
    assertRefused(
        "machine file test.machine, line 1, column 6: expected a node id, found \":\"",
        "node : 0\n");
    assertRefused(
        "machine file test.machine, line 1, column 6: expected a node id from 0 to 2147483647,"
            + " found 99999999999",
        "node 99999999999: 0\n");
    assertRefused(
        "machine file test.machine, line 1, column 8: expected a colon after node 0, found \"0\"",
        "node 0 0-3\n");
    assertRefused(
        "machine file test.machine, line 1, column 11: expected a processor list such as 0-3,8,"
            + " found the end of the line",
        "node 0:   # nothing\n");
    assertRefused(
        "machine file test.machine, line 1, column 9: expected a processor id, found \"x\"",
        "node 0: x\n");
    assertRefused(
        "machine file test.machine, line 1, column 11: expected the end of the range 0-, found"
            + " \",\"",
        "node 0: 0-,3\n");
    assertRefused(
        "machine file test.machine, line 1, column 11: range 3-1 ends below its start; expected"
            + " an end of at least 3",
        "node 0: 3-1\n");
    assertRefused(
        "machine file test.machine, line 1, column 14: processor 2 is listed twice in this list",
        "node 0: 0-3, 2\n");
    assertRefused(
        "machine file test.machine, line 1, column 11: expected a comma or the end of the"
            + " processor list, found \"3\"",
        "node 0: 0 3\n");
    assertRefused(
        "machine file test.machine, line 1, column 9: expected a processor id from 0 to 65535,"
            + " found 70000",
        "node 0: 70000\n");
    assertRefused(
        "machine file test.machine, line 3, column 9: processor 1 is already on node 0 (line 1);"
            + " expected each processor on one node",
        "node 0: 0-1\n\nnode 1: 1-2\n");
    assertRefused(
        "machine file test.machine: processor 1 is on no node; expected every processor from 0"
            + " to 2 on a node",
        "node 0: 0\nnode 1: 2\n");
    assertRefused(
        "machine file test.machine: no node declared; expected at least one line such as node 0:"
            + " 0-3",
        "# empty\n\n");
  }

  @Test
  void malformedDistancesNameTheLineColumnAndWhatWasExpected() {
    String nodes = "node 0: 0\nnode 1: 1\n";
    assertRefused(
        "machine file test.machine, line 1, column 1: distances before any node; expected node"
            + " declarations such as node 0: 0-3",
        "distances\n10\n");
    assertRefused(
        "machine file test.machine, line 3, column 11: expected the end of the line after"
            + " distances (the rows go on the next lines), found \"10\"",
        nodes + "distances 10 20\n");
    assertRefused(
        "machine file test.machine, line 4, column 5: expected 2 distances in the row of node 0"
            + " (one per node), only 1 given, found the end of the line",
        nodes + "distances\n  10\n20 10\n");
    assertRefused(
        "machine file test.machine, line 4, column 7: expected the end of the row of node 0 after"
            + " its 2 distances (one per node), found \"20\"",
        nodes + "distances\n10 20 20\n20 10\n");
    assertRefused(
        "machine file test.machine, line 5, column 4: distance from node 1 to itself is 12,"
            + " expected 10",
        nodes + "distances\n10 20\n20 12\n");
    assertRefused(
        "machine file test.machine, line 4, column 4: distance from node 0 to node 1 is 10,"
            + " expected 11 to 254",
        nodes + "distances\n10 10\n10 10\n");
    assertRefused(
        "machine file test.machine, line 4, column 4: distance from node 0 to node 1 is 255,"
            + " expected 11 to 254",
        nodes + "distances\n10 255\n20 10\n");
    assertRefused(
        "machine file test.machine, line 4, column 1: expected a distance, found \"ten\"",
        nodes + "distances\nten 20\n20 10\n");
    assertRefused(
        "machine file test.machine, line 6 (end of file): expected 2 distance rows after line 3"
            + " (one per node), found 1",
        nodes + "distances\n10 20\n\n");
    assertRefused(
        "machine file test.machine, line 6, column 1: node declared after the distances (line"
            + " 3); expected every node before the distances",
        nodes + "distances\n10 20\n20 10\nnode 2: 2\n");
    assertRefused(
        "machine file test.machine, line 6, column 1: distances given twice (first on line 3);"
            + " expected one distances section",
        nodes + "distances\n10 20\n20 10\ndistances\n");
    assertRefused(
        "machine file test.machine, line 6, column 1: expected the end of the file after the 2"
            + " distance rows, found \"10\"",
        nodes + "distances\n10 20\n20 10\n10 20\n");
  }
}
