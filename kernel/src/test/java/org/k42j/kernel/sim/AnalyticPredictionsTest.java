package org.k42j.kernel.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model reproduces its own analytic predictions for simple cases, within 5%: a shared counter
 * is bounded by one line transfer per update; a per-processor counter scales linearly.
 */
class AnalyticPredictionsTest {
  private static final double TOLERANCE = 0.05;

  private static void assertWithin(double expected, double actual, String what) {
    assertEquals(expected, actual, expected * TOLERANCE, what);
  }

  @Test
  void sharedCounterThroughputIsBoundedByOneTransferPerUpdate() {
    SimMachine machine = SimMachine.parse("1x16");
    Costs costs = machine.costs();
    // Saturated (no think time): the line moves to each updater in turn, one transfer plus the
    // atomic at a time.
    double occupancyNanos = costs.nanos("transfer-same-node") + costs.nanos("local-atomic");
    Simulation simulation = Simulation.on(machine).withThink(0).withOperations(50_000).withSeed(7);
    for (int processors : new int[] {2, 4, 8, 16}) {
      SimResult result =
          simulation.withProcessors(processors).run(new BundledWorkloads.SharedAtomicCounter());
      assertWithin(1e9 / occupancyNanos, result.throughput(), processors + " processors");
    }
    // Alone, the line never leaves: one local atomic per update.
    SimResult alone = simulation.withProcessors(1).run(new BundledWorkloads.SharedAtomicCounter());
    assertWithin(1e9 / costs.nanos("local-atomic"), alone.throughput(), "1 processor");
  }

  @Test
  void sharedCounterBoundFollowsTheTransferParameter() {
    SimMachine machine = SimMachine.parse("1x8").withCost("transfer-same-node", 100);
    SimResult result =
        Simulation.on(machine)
            .withThink(0)
            .withOperations(20_000)
            .run(new BundledWorkloads.SharedAtomicCounter());
    assertWithin(1e9 / (100 + machine.costs().nanos("local-atomic")), result.throughput(), "8");
  }

  @Test
  void partitionedCounterScalesLinearly() {
    Simulation simulation =
        Simulation.on(SimMachine.parse("4x16")).withThink(50).withOperations(200_000);
    List<SimResult> results =
        simulation.sweep(new BundledWorkloads.ClusteredCounter(), 1, 2, 4, 8, 16, 32, 48, 64);
    double perProcessor = results.get(0).throughput();
    // One local call plus the think time per operation, on every processor at once.
    Costs costs = simulation.machine().costs();
    assertWithin(1e9 / (50 + costs.nanos("local-hit")), perProcessor, "1 processor");
    for (SimResult result : results) {
      assertWithin(
          perProcessor * result.processors(), result.throughput(), result.processors() + "");
    }
  }
}
