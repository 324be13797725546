package org.k42j.kernel.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.k42j.simmarks.Modeled;

/**
 * The shapes the clustered-object papers report emerge from the model: a shared locked counter
 * flattens within a node and falls across nodes, the clustered counter scales near-linearly, a
 * gather costs in proportion to the reps it visits.
 */
class PaperShapesTest {
  private static final int[] COUNTS = {1, 2, 4, 8, 16, 32, 48, 64};

  private static double throughput(List<SimResult> results, int processors) {
    for (SimResult result : results) {
      if (result.processors() == processors) {
        return result.throughput();
      }
    }
    throw new AssertionError("no result for " + processors);
  }

  @Test
  void sharedLockedCounterFlattensWithinANodeThenFallsAcrossNodes() {
    List<SimResult> results =
        Simulation.on(SimMachine.parse("4x16"))
            .withOperations(100_000)
            .withThink(100)
            .sweep(new BundledWorkloads.SharedLockedCounter(), COUNTS);
    // Flat: from 4 to 16 processors (one node, the lock saturated) within 5% of each other.
    double plateau = throughput(results, 16);
    for (int processors : new int[] {4, 8}) {
      assertEquals(plateau, throughput(results, processors), plateau * 0.05, processors + "");
    }
    // Falls: every count spanning several nodes is well below the single-node plateau, and it
    // never recovers as processors grow.
    for (int processors : new int[] {32, 48, 64}) {
      assertTrue(
          throughput(results, processors) < 0.8 * throughput(results, 16),
          processors + " processors: " + throughput(results, processors));
    }
    // Latency grows with the queue: at 64 processors it is many hand-offs long.
    assertTrue(
        results.get(COUNTS.length - 1).meanLatencyNanos() > 20 * results.get(0).meanLatencyNanos());
  }

  @Test
  void clusteredCounterScalesNearLinearlyAcrossNodes() {
    List<SimResult> results =
        Simulation.on(SimMachine.parse("4x16"))
            .withOperations(200_000)
            .withThink(100)
            .sweep(new BundledWorkloads.ClusteredCounter(), COUNTS);
    double one = throughput(results, 1);
    for (int processors : COUNTS) {
      double speedup = throughput(results, processors) / one;
      assertTrue(speedup >= 0.95 * processors, processors + " processors: speedup " + speedup);
    }
  }

  @Test
  void clusteredCounterBeatsTheLockedCounterByOrdersOfMagnitudeAt64() {
    Simulation simulation =
        Simulation.on(SimMachine.parse("4x16")).withOperations(100_000).withThink(100);
    double clustered = simulation.run(new BundledWorkloads.ClusteredCounter()).throughput();
    double locked = simulation.run(new BundledWorkloads.SharedLockedCounter()).throughput();
    assertTrue(clustered > 50 * locked, clustered + " vs " + locked);
  }

  /**
   * The first processor gathers after 20 us of local work; the others increment after 1 us each, so
   * every other rep has been written again by the next gather.
   */
  static final class TimedGather implements Workload {
    double gatherNanos;
    long gathers;

    @Override
    public String name() {
      return "timed-gather";
    }

    @Override
    public Instance start(SimContext context) {
      SimCounter counter = SimCounter_Factory.create();
      int gatherer = context.activeProcessors()[0];
      for (int processor : context.activeProcessors()) {
        context.runOn(processor, counter::increment);
      }
      return new Instance() {
        @Override
        public void operation(int processor, SplittableRandom random) {
          if (processor == gatherer) {
            Modeled.work(20_000);
            double start = Modeled.nanoTime();
            counter.value();
            gatherNanos += Modeled.nanoTime() - start;
            gathers++;
          } else {
            Modeled.work(1_000);
            counter.increment();
          }
        }
      };
    }
  }

  private static double gatherCost(String machine, int processors) {
    TimedGather workload = new TimedGather();
    Simulation.on(SimMachine.parse(machine))
        .withProcessors(processors)
        .withOperations(21L * 200 * processors)
        .withThink(0)
        .run(workload);
    assertTrue(workload.gathers > 100, "gathers: " + workload.gathers);
    return workload.gatherNanos / workload.gathers;
  }

  @Test
  void gatherCostsInProportionToTheNumberOfReps() {
    // One node: every other rep is one same-node transfer away.
    double transfer = SimMachine.parse("1x64").costs().nanos("transfer-same-node");
    double c8 = gatherCost("1x64", 8);
    double c16 = gatherCost("1x64", 16);
    double c32 = gatherCost("1x64", 32);
    double c64 = gatherCost("1x64", 64);
    // Each further rep adds one transfer, within 5%.
    assertEquals(transfer, (c16 - c8) / 8, transfer * 0.05);
    assertEquals(transfer, (c32 - c16) / 16, transfer * 0.05);
    assertEquals(transfer, (c64 - c32) / 32, transfer * 0.05);
    // And so the cost is proportional to the reps: twice the reps, twice the cost, within 5%.
    assertEquals(2.0, c64 / c32, 0.1);
  }
}
