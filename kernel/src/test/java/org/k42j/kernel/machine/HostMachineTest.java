package org.k42j.kernel.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads fake sysfs node trees written into a temporary directory. */
class HostMachineTest {
  @TempDir Path sysfs;

  private void node(int node, String cpulist, String distance) throws IOException {
    Path directory = Files.createDirectories(sysfs.resolve("node" + node));
    Files.writeString(directory.resolve("cpulist"), cpulist + "\n");
    Files.writeString(directory.resolve("distance"), distance + "\n");
  }

  @Test
  void twoNodeHostIsReadWithItsDistances() throws IOException {
    node(0, "0-3,8-11", "10 21");
    node(1, "4-7,12-15", "21 10");
    Files.createDirectories(sysfs.resolve("power")); // sysfs has other entries too
    Files.writeString(sysfs.resolve("online"), "0-1\n");
    Machine machine = MachineSpecs.host(sysfs);
    assertEquals(16, machine.processorCount());
    assertArrayEquals(new int[] {0, 1, 2, 3, 8, 9, 10, 11}, machine.processorsOf(0));
    assertEquals(21, machine.distance(0, 1));
  }

  @Test
  void offlineProcessorsAndMemoryOnlyNodesAreLeftOutAndTheRestRenumbered() throws IOException {
    node(0, "0,2", "10 20 30");
    node(1, "", "20 10 40"); // memory only
    node(3, "5-6", "30 40 10");
    Machine machine = MachineSpecs.host(sysfs);
    assertEquals(Machine.of(new int[] {0, 0, 1, 1}, new int[][] {{10, 30}, {30, 10}}), machine);
  }

  @Test
  void nodesAreOrderedByNumberNotByName() throws IOException {
    for (int node = 0; node < 11; node++) {
      StringBuilder row = new StringBuilder();
      for (int to = 0; to < 11; to++) {
        row.append(to == node ? "10 " : (to == 10 || node == 10) ? "40 " : "20 ");
      }
      node(node, String.valueOf(node), row.toString().strip());
    }
    Machine machine = MachineSpecs.host(sysfs);
    assertEquals(10, machine.nodeOf(10));
    assertEquals(40, machine.distance(2, 10));
    assertEquals(20, machine.distance(2, 9));
  }

  @Test
  void withoutANodeDirectoryTheHostIsOneNodeOfItsAvailableProcessors() {
    Machine machine = MachineSpecs.host(sysfs.resolve("absent"));
    assertEquals(Machine.uniform(1, Runtime.getRuntime().availableProcessors()), machine);
    assertEquals(machine, MachineSpecs.host(sysfs)); // present but without nodeN entries
  }

  @Test
  void malformedSysfsFilesAreNamed() throws IOException {
    node(0, "0-1", "10 20");
    node(1, "2-x", "20 10");
    Path cpulist = sysfs.resolve("node1").resolve("cpulist");
    assertEquals(
        "host file "
            + cpulist
            + ", line 1, column 3: expected the end of the range 2-, found"
            + " \"x\"",
        assertThrows(MachineModelException.class, () -> MachineSpecs.host(sysfs)).getMessage());
  }

  @Test
  void distanceRowOfTheWrongLengthIsRefused() throws IOException {
    node(0, "0", "10 20");
    node(1, "1", "20");
    Path distance = sysfs.resolve("node1").resolve("distance");
    assertEquals(
        "host file "
            + distance
            + ", line 1, column 3: expected 2 distances (one per node"
            + " directory), only 1 given, found the end of the line",
        assertThrows(MachineModelException.class, () -> MachineSpecs.host(sysfs)).getMessage());
  }

  @Test
  void processorOnTwoNodesIsRefused() throws IOException {
    node(0, "0-1", "10 20");
    node(1, "1-2", "20 10");
    Path cpulist = sysfs.resolve("node1").resolve("cpulist");
    assertEquals(
        "host file "
            + cpulist
            + ", line 1, column 1: processor 1 is also on another node;"
            + " expected each processor on one node",
        assertThrows(MachineModelException.class, () -> MachineSpecs.host(sysfs)).getMessage());
  }

  @Test
  void hostWithoutAnyProcessorIsRefused() throws IOException {
    node(0, "", "10");
    assertEquals(
        "host node directory "
            + sysfs
            + " lists no processor on any node; expected cpulist files"
            + " naming the host's processors",
        assertThrows(MachineModelException.class, () -> MachineSpecs.host(sysfs)).getMessage());
  }

  @Test
  void invalidHostDistancesAreRefusedNamingTheDirectory() throws IOException {
    node(0, "0", "10 20");
    node(1, "1", "20 11");
    assertEquals(
        "host node directory "
            + sysfs
            + ": distance from node 1 to itself is 11, expected 10"
            + " (SLIT's local distance)",
        assertThrows(MachineModelException.class, () -> MachineSpecs.host(sysfs)).getMessage());
  }

  @Test
  void unreadableCpulistIsRefused() throws IOException {
    Files.createDirectories(sysfs.resolve("node0"));
    Path cpulist = sysfs.resolve("node0").resolve("cpulist");
    MachineModelException refused =
        assertThrows(MachineModelException.class, () -> MachineSpecs.host(sysfs));
    assertEquals(
        "cannot read host file "
            + cpulist
            + ": java.nio.file.NoSuchFileException: "
            + cpulist
            + "; expected a readable sysfs file",
        refused.getMessage());
  }
}
