package org.k42j.examples.numa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.memory.ProcessorCounts;

class NumaExampleTest {
  @Test
  void everyNodeCountsExactlyTheRequestsOfItsProcessorsMostlyLocal() throws Exception {
    Machine machine = Machine.uniform(4, 4);
    NumaReport report = NumaExample.run(machine, 2, 5_000);

    assertEquals(160_000, report.counted());
    assertEquals(16, report.counterReps());
    assertEquals(4, report.rows().size());
    for (NodeRow row : report.rows()) {
      assertEquals(4 * 2 * 5_000, row.requests(), row.toString());
      assertEquals(row.requests(), row.local() + row.remote());
      // uniform machine: 10 per local request, 20 per remote one
      assertEquals(10 * row.local() + 20 * row.remote(), row.distance());
      double localShare = row.local() / (double) row.requests();
      // 75% placed locally, plus a quarter of the other 25% that land on the home node at random
      assertTrue(localShare > 0.79 && localShare < 0.835, "local share " + localShare);
    }
    long remoteRequests = 0;
    long remoteFrees = 0;
    for (NodeRow row : report.rows()) {
      ProcessorCounts memory = report.memoryPerNode().get(row.node());
      // a record is allocated by the requesting processor, on its node (the pool never runs dry)
      assertEquals(row.requests(), memory.localAllocations(), memory.toString());
      assertEquals(0, memory.remoteAllocations());
      // local requests free their record where it was allocated
      assertEquals(row.local(), memory.localFrees(), memory.toString());
      remoteRequests += row.remote();
      remoteFrees += memory.remoteFrees();
    }
    // remote requests' records are freed by the reclaimer of the data's node: remote frees
    assertEquals(remoteRequests, remoteFrees);
    long switches = 0;
    for (long perNode : report.switchesPerNode()) {
      switches += perNode;
    }
    assertTrue(switches >= 16 * 2, "every thread was switched in at least once: " + switches);
  }

  @Test
  void anIrregularMachineGetsOneRowPerNodeWithItsOwnDistances() throws Exception {
    Machine machine = Machine.of(new int[] {0, 0, 1}, new int[][] {{10, 21}, {21, 10}});
    NumaReport report = NumaExample.run(machine, 3, 2_000);

    assertEquals(18_000, report.counted());
    assertEquals(3, report.counterReps());
    assertEquals(List.of(0, 1), report.rows().stream().map(NodeRow::node).toList());
    assertEquals(12_000, report.rows().get(0).requests());
    assertEquals(6_000, report.rows().get(1).requests());
    for (NodeRow row : report.rows()) {
      assertEquals(10 * row.local() + 21 * row.remote(), row.distance());
    }
  }

  @Test
  void theSameRunGivesTheSameNumbers() throws Exception {
    Machine machine = Machine.uniform(2, 2);
    assertEquals(
        NumaExample.run(machine, 2, 3_000).rows(), NumaExample.run(machine, 2, 3_000).rows());
  }

  @Test
  void printsOneLinePerNodeAndTheCounterTotal() throws Exception {
    NumaReport report = NumaExample.run(Machine.uniform(2, 3), 1, 1_000);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NumaExample.print(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

    assertTrue(lines.get(0).startsWith("k42j NUMA example: Machine[2 nodes, 6 processors: 3+3]"));
    assertTrue(lines.get(2).startsWith("node  processors"), lines.get(2));
    assertEquals(List.of("0", "0-2", "3000"), List.of(lines.get(3).split("\\s+")).subList(0, 3));
    assertEquals(List.of("1", "3-5", "3000"), List.of(lines.get(4).split("\\s+")).subList(0, 3));
    assertTrue(lines.get(6).startsWith("request records (BlockPool"), lines.get(6));
    assertTrue(lines.get(8).startsWith("node   alloc local  alloc remote"), lines.get(8));
    assertEquals(List.of("0", "3000", "0"), List.of(lines.get(9).split("\\s+")).subList(0, 3));
    assertEquals(List.of("1", "3000", "0"), List.of(lines.get(10).split("\\s+")).subList(0, 3));
    assertTrue(lines.get(12).startsWith("per-processor counter: 6000 over 6 reps"), lines.get(12));
  }

  @Test
  void leavesNoKernelThreadBehind() throws Exception {
    NumaExample.run(Machine.uniform(2, 4), 2, 500);
    List<String> alive =
        Thread.getAllStackTraces().keySet().stream()
            .filter(Thread::isAlive)
            .map(Thread::getName)
            .filter(name -> name.startsWith("k42j-"))
            .toList();
    assertEquals(List.of(), alive);
  }

  @Test
  void rejectsArgumentsThatAreNotPositiveCounts() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> NumaExample.main(new String[] {"2x2", "0"}));
    assertTrue(e.getMessage().startsWith("threads per processor must be a positive integer"));
    assertThrows(
        IllegalArgumentException.class, () -> NumaExample.main(new String[] {"2x2", "1", "x"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> NumaExample.main(new String[] {"2x2", "1", "1", "1"}));
  }
}
