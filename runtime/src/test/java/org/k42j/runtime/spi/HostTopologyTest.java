package org.k42j.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.clustering.Clustering;
import org.k42j.runtime.testing.DeclaredIdentity;

/**
 * The default topology on plain threads read from fake sysfs node trees written into a temporary
 * directory: a two-socket host is two nodes (so {@link Policy#PER_NODE} means two reps), a one-node
 * host or one without NUMA is {@link UniformTopology#single()}, and malformed files are named.
 */
class HostTopologyTest {
  @TempDir Path sysfs;

  private void node(int node, String cpulist) throws IOException {
    Path directory = Files.createDirectories(sysfs.resolve("node" + node));
    Files.writeString(directory.resolve("cpulist"), cpulist + "\n");
  }

  @Test
  void aTwoSocketHostIsTwoNodesOfItsProcessorsRenumberedDensely() throws IOException {
    node(0, "0-3,8-11");
    node(1, "4-7,12-15");
    Files.createDirectories(sysfs.resolve("power")); // sysfs has other entries too
    Files.writeString(sysfs.resolve("online"), "0-1\n");
    Topology topology = HostTopology.of(HostNodes.read(sysfs));
    assertEquals(2, topology.nodeCount());
    int[] nodes = new int[16];
    for (int p = 0; p < 16; p++) {
      nodes[p] = topology.nodeOf(p);
    }
    assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1}, nodes);
    assertEquals(topology.nodeOf(4), topology.nodeOf(4 + 16), "ids beyond the host wrap around");
    assertEquals("HostTopology[2 nodes, 16 processors]", topology.toString());
    assertEquals(topology, HostTopology.of(HostNodes.read(sysfs)));
    assertEquals(topology.hashCode(), HostTopology.of(HostNodes.read(sysfs)).hashCode());
  }

  @Test
  void perNodeOnATwoSocketHostMeansTwoReps() throws IOException {
    node(0, "0-1");
    node(1, "2-3");
    try (var machine =
        Processors.install(new DeclaredIdentity(4), HostTopology.of(HostNodes.read(sysfs)))) {
      org.k42j.runtime.clustering.ClusteredType<Counter> type =
          Clustering.of(Counter.class)
              .reps(Counter.Part::new)
              .gather("count", Reduce.SUM)
              .policy(Policy.PER_NODE)
              .build();
      Counter counter = type.create();
      for (int p = 0; p < 4; p++) {
        DeclaredIdentity.declare(p);
        counter.increment();
      }
      DeclaredIdentity.declare(0);
      assertEquals(2, ClusteredObjects.stats(counter).reps());
      assertEquals(4, counter.count());
    }
  }

  @Test
  void offlineProcessorsAndMemoryOnlyNodesAreLeftOut() throws IOException {
    node(0, "0,2");
    node(1, ""); // memory only
    node(3, "5-6");
    HostNodes nodes = HostNodes.read(sysfs);
    assertEquals(3, nodes.hostNodeCount());
    assertEquals(3, nodes.hostNode(2));
    assertEquals(-1, nodes.nodeOfHostNode(1));
    assertEquals(2, nodes.nodeCount());
    assertEquals(4, nodes.processorCount());
    assertArrayEquals(new int[] {5, 6}, nodes.hostProcessors(2));
    assertArrayEquals(new int[] {0, 0, 1, 1}, nodes.nodeOfProcessor());
    assertEquals(2, HostTopology.of(nodes).nodeCount());
  }

  @Test
  void nodesAreOrderedByNumberNotByName() throws IOException {
    for (int node = 0; node < 11; node++) {
      node(node, String.valueOf(node));
    }
    Topology topology = HostTopology.of(HostNodes.read(sysfs));
    assertEquals(11, topology.nodeCount());
    assertEquals(10, topology.nodeOf(10));
    assertEquals(2, topology.nodeOf(2));
  }

  @Test
  void aOneNodeHostOrOneWithoutNodesKeepsOneNode() throws IOException {
    assertSame(0, HostNodes.read(sysfs.resolve("absent")).hostNodeCount());
    assertEquals(
        UniformTopology.single(), HostTopology.of(HostNodes.read(sysfs.resolve("absent"))));
    assertEquals(UniformTopology.single(), HostTopology.of(HostNodes.read(sysfs))); // no nodeN
    node(0, "0-63");
    Topology one = HostTopology.of(HostNodes.read(sysfs));
    assertEquals(UniformTopology.single(), one);
    assertEquals(1, one.nodeCount());
    node(1, ""); // a memory-only second node does not make two
    assertEquals(UniformTopology.single(), HostTopology.of(HostNodes.read(sysfs)));
  }

  @Test
  void theDefaultTopologyIsTheHostsAsSysfsListsIt() {
    Topology expected = HostTopology.of(HostNodes.host());
    assertEquals(expected, HostTopology.host());
    assertNotEquals(null, Processors.topology());
  }

  @Test
  void malformedCpulistsAreNamedWithTheirColumn() throws IOException {
    node(0, "0-1");
    node(1, "2-x");
    Path cpulist = sysfs.resolve("node1").resolve("cpulist");
    assertEquals(
        "host file "
            + cpulist
            + ", line 1, column 3: expected the end of the range 2-, found \"x\"",
        assertThrows(HostTopologyException.class, () -> HostNodes.read(sysfs)).getMessage());
  }

  @Test
  void aProcessorOnTwoNodesIsRefused() throws IOException {
    node(0, "0-1");
    node(1, "1-2");
    Path cpulist = sysfs.resolve("node1").resolve("cpulist");
    assertEquals(
        "host file "
            + cpulist
            + ", line 1, column 1: processor 1 is also on another node; expected each processor"
            + " on one node",
        assertThrows(HostTopologyException.class, () -> HostNodes.read(sysfs)).getMessage());
  }

  @Test
  void anUnreadableCpulistIsNamed() throws IOException {
    Files.createDirectories(sysfs.resolve("node0"));
    Path cpulist = sysfs.resolve("node0").resolve("cpulist");
    assertEquals(
        "cannot read host file "
            + cpulist
            + ": java.nio.file.NoSuchFileException: "
            + cpulist
            + "; expected a readable sysfs file",
        assertThrows(HostTopologyException.class, () -> HostNodes.read(sysfs)).getMessage());
  }

  @Test
  void cpuListsParseRangesAndBlanksAndRefuseMistakesAtTheirColumn() {
    assertArrayEquals(new int[] {0, 1, 2, 3, 8, 10, 11}, CpuList.parse("0-3, 8 ,10-11", 100));
    assertArrayEquals(new int[] {5}, CpuList.parse("node 0: 5", 8, 100));
    CpuList.FormatException twice =
        assertThrows(CpuList.FormatException.class, () -> CpuList.parse("0-3,2", 100));
    assertEquals(5, twice.column());
    assertEquals("processor 2 is listed twice in this list", twice.getMessage());
    CpuList.FormatException backwards =
        assertThrows(CpuList.FormatException.class, () -> CpuList.parse("3-1", 100));
    assertEquals(3, backwards.column());
    assertEquals(
        "range 3-1 ends below its start; expected an end of at least 3", backwards.getMessage());
    assertEquals(
        "expected a processor id from 0 to 7, found 8",
        assertThrows(CpuList.FormatException.class, () -> CpuList.parse("8", 7)).getMessage());
    assertEquals(
        "expected a processor list such as 0-3,8, found the end of the line",
        assertThrows(CpuList.FormatException.class, () -> CpuList.parse("  ", 7)).getMessage());
    assertEquals(
        "expected a comma or the end of the processor list, found \";\"",
        assertThrows(CpuList.FormatException.class, () -> CpuList.parse("1;2", 7)).getMessage());
  }
}
