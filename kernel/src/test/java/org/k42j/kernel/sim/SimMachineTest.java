package org.k42j.kernel.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.machine.MachineModelException;

/** Machine specs with costs: defaults, a costs section, a cost file, and errors that say where. */
class SimMachineTest {
  @TempDir Path directory;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(directory.resolve(name), text);
  }

  @Test
  void compactSpecHasTheDefaultCosts() {
    SimMachine machine = SimMachine.parse("4x16");
    assertEquals(Machine.uniform(4, 16), machine.machine());
    assertEquals(Costs.defaults(), machine.costs());
    assertEquals(46.0, machine.costs().nanos("transfer-same-node"));
  }

  @Test
  void costsSectionOverridesParametersAndKeepsTheRest() throws IOException {
    Path path =
        file(
            "two.machine",
            "node 0: 0-1\nnode 1: 2-3\ndistances\n10 30\n30 10\ncosts # ours\n"
                + "transfer-other-node 130\nmemory-remote = 142.5 ns\n\n");
    SimMachine machine = SimMachine.parse(path.toString());
    assertEquals(4, machine.machine().processorCount());
    assertEquals(30, machine.machine().distance(0, 1));
    assertEquals(130.0, machine.costs().nanos("transfer-other-node"));
    assertEquals(142.5, machine.costs().nanos("memory-remote"));
    assertEquals(6.0, machine.costs().nanos("local-atomic"));
    // SLIT 30 is two hops: one per-hop step more than one hop.
    assertEquals((130 + 40) * Costs.PICOS_PER_NANO, machine.costs().transferPicos(30));
  }

  @Test
  void unknownParameterIsNamedWithLineAndColumn() throws IOException {
    Path path = file("bad.machine", "node 0: 0-3\ncosts\n  transfer-same-socket 40\n");
    MachineModelException e =
        assertThrows(MachineModelException.class, () -> SimMachine.parse(path.toString()));
    assertEquals(
        "machine file "
            + path
            + ", line 3, column 3: expected a cost parameter ("
            + String.join(", ", Costs.NAMES)
            + "), found \"transfer-same-socket\"",
        e.getMessage());
  }

  @Test
  void malformedValueAndDuplicatesAndTrailingTextAreRefused() throws IOException {
    Path value = file("value.machine", "node 0: 0-3\ncosts\nppc fast\n");
    assertEquals(
        "machine file "
            + value
            + ", line 3, column 5: expected the cost of ppc in nanoseconds"
            + " (such as 46 or 12.5), found \"fast\"",
        assertThrows(MachineModelException.class, () -> SimMachine.parse(value.toString()))
            .getMessage());
    Path twice = file("twice.machine", "node 0: 0-3\ncosts\nppc 1\nppc 2\n");
    assertEquals(
        "machine file "
            + twice
            + ", line 4, column 1: ppc given twice (first on line 3);"
            + " expected it once",
        assertThrows(MachineModelException.class, () -> SimMachine.parse(twice.toString()))
            .getMessage());
    Path trailing = file("trailing.machine", "node 0: 0-3\ncosts\nppc 1 us\n");
    assertEquals(
        "machine file "
            + trailing
            + ", line 3, column 7: expected the end of the line after"
            + " ppc's value, found \"us\"",
        assertThrows(MachineModelException.class, () -> SimMachine.parse(trailing.toString()))
            .getMessage());
  }

  @Test
  void machinePartErrorsKeepTheirLineNumbers() throws IOException {
    Path path = file("nodes.machine", "node 0: 0-3\nnode 2: 4-7\ncosts\nppc 1\n");
    MachineModelException e =
        assertThrows(MachineModelException.class, () -> SimMachine.parse(path.toString()));
    assertEquals(
        "machine file "
            + path
            + ", line 2, column 6: expected node 1, found node 2 (nodes are"
            + " declared in order from 0)",
        e.getMessage());
  }

  @Test
  void costFileAppliesToACompactSpec() throws IOException {
    Path path = file("costs.txt", "# measured on our box\ncosts\nlock-handoff 35\nmessage 200\n");
    SimMachine machine = SimMachine.parse("2x8").withCostFile(path);
    assertEquals(35.0, machine.costs().nanos("lock-handoff"));
    assertEquals(200.0, machine.costs().nanos("message"));
    Path bad = file("bad.txt", "lock-handoff -1\n");
    assertEquals(
        "cost file "
            + bad
            + ", line 1, column 14: expected the cost of lock-handoff in"
            + " nanoseconds (such as 46 or 12.5), found \"-1\"",
        assertThrows(MachineModelException.class, () -> machine.withCostFile(bad)).getMessage());
  }

  @Test
  void withCostRefusesUnknownNamesAndNegativeValues() {
    SimMachine machine = SimMachine.parse("1x2");
    assertThrows(IllegalArgumentException.class, () -> machine.withCost("l1-hit", 1));
    assertThrows(IllegalArgumentException.class, () -> machine.withCost("ppc", -1));
    assertEquals(7.5, machine.withCost("ppc", 7.5).costs().nanos("ppc"));
  }

  @Test
  void hopsFollowTheSlitDistance() {
    assertEquals(0, Costs.hops(10));
    assertEquals(1, Costs.hops(11));
    assertEquals(1, Costs.hops(20));
    assertEquals(2, Costs.hops(21));
    assertEquals(2, Costs.hops(30));
    assertEquals(3, Costs.hops(40));
  }
}
