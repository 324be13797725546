package org.k42j.kernel.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MachineTest {
  @Test
  void uniformMachineNumbersProcessorsNodeByNode() {
    Machine machine = Machine.uniform(4, 8);
    assertEquals(32, machine.processorCount());
    assertEquals(4, machine.nodeCount());
    assertEquals(0, machine.nodeOf(7));
    assertEquals(1, machine.nodeOf(8));
    assertEquals(3, machine.nodeOf(31));
    assertArrayEquals(new int[] {16, 17, 18, 19, 20, 21, 22, 23}, machine.processorsOf(2));
    assertEquals(Machine.LOCAL_DISTANCE, machine.distance(2, 2));
    assertEquals(Machine.REMOTE_DISTANCE, machine.processorDistance(0, 31));
    assertEquals("Machine[4 nodes, 32 processors: 8+8+8+8]", machine.toString());
  }

  @Test
  void uniformMachineTakesARemoteDistance() {
    Machine machine = Machine.uniform(2, 3, 21);
    assertEquals(21, machine.distance(0, 1));
    assertEquals(Machine.LOCAL_DISTANCE, machine.distance(1, 1));
    assertEquals(
        "remote distance 10 is not more than the local distance 10; give a larger one, for"
            + " example 20",
        assertThrows(MachineModelException.class, () -> Machine.uniform(2, 3, 10)).getMessage());
  }

  @Test
  void processorIdsBeyondTheModelWrapAround() {
    Machine machine = Machine.uniform(2, 2);
    assertEquals(machine.nodeOf(1), machine.nodeOf(5));
    assertEquals(machine.nodeOf(2), machine.nodeOf(6));
  }

  @Test
  void irregularMachineKeepsItsShapeAndAsymmetricDistances() {
    Machine machine = Machine.of(new int[] {0, 1, 1, 0, 1}, new int[][] {{10, 21}, {31, 10}});
    assertArrayEquals(new int[] {0, 3}, machine.processorsOf(0));
    assertArrayEquals(new int[] {1, 2, 4}, machine.processorsOf(1));
    assertEquals(21, machine.distance(0, 1));
    assertEquals(31, machine.distance(1, 0));
    assertEquals(Machine.of(new int[] {0, 1, 1, 0, 1}, new int[][] {{10, 21}, {31, 10}}), machine);
  }

  @Test
  void invalidModelsAreRefusedWithTheReason() {
    assertTrue(
        assertThrows(MachineModelException.class, () -> Machine.uniform(0, 4))
            .getMessage()
            .contains("at least one node"));
    assertTrue(
        assertThrows(
                MachineModelException.class,
                () -> Machine.of(new int[] {0, 2}, new int[][] {{10, 20}, {20, 10}}))
            .getMessage()
            .contains("processor 1 is on node 2"));
    assertTrue(
        assertThrows(
                MachineModelException.class,
                () -> Machine.of(new int[] {0, 1}, new int[][] {{10, 20}, {20, 12}}))
            .getMessage()
            .contains("node 1 to itself is 12"));
    assertTrue(
        assertThrows(
                MachineModelException.class,
                () -> Machine.of(new int[] {0, 0}, new int[][] {{10, 20}, {20, 10}}))
            .getMessage()
            .contains("node 1 has no processor"));
    assertTrue(
        assertThrows(
                MachineModelException.class,
                () -> Machine.of(new int[] {0, 1}, new int[][] {{10, 20}, {20}}))
            .getMessage()
            .contains("must be square"));
  }

  @Test
  void missingArraysAreRefusedByNameNotWithABareNullPointer() {
    assertEquals(
        "nodeOfProcessor is null; give the node of every processor and a distance matrix with one"
            + " row per node, for example Machine.of(new int[] {0, 0, 1, 1}, new int[][] {{10, 20},"
            + " {20, 10}}), or use Machine.uniform(nodes, processorsPerNode)",
        assertThrows(MachineModelException.class, () -> Machine.of(null, null)).getMessage());
    assertTrue(
        assertThrows(MachineModelException.class, () -> Machine.of(new int[] {0}, null))
            .getMessage()
            .startsWith("distances is null;"));
    assertTrue(
        assertThrows(
                MachineModelException.class,
                () -> Machine.of(new int[] {0, 1}, new int[][] {{10, 20}, null}))
            .getMessage()
            .startsWith("distance row of node 1 is null;"));
  }
}
