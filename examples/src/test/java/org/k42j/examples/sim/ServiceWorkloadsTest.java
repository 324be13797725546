package org.k42j.examples.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.sim.SimMachine;
import org.k42j.kernel.sim.SimResult;
import org.k42j.kernel.sim.Simulation;
import org.k42j.kernel.sim.Workload;

/**
 * The metrics, stats, cache and PPC examples on a modeled 4x16 machine. Every run checks its own
 * totals exactly in {@code finish} (a wrong total fails the run); here each locked original
 * flattens (no gain from one node to four) while its clustered form scales near-linearly, and the
 * marks in the originals are what the model charges.
 */
class ServiceWorkloadsTest {
  private static final Simulation SIMULATION =
      Simulation.on(SimMachine.parse("4x16")).withOperations(50_000).withThink(100);

  private static void lockedFlattensClusteredScales(
      Simulation simulation, Workload locked, Workload clustered, double speedup) {
    List<SimResult> lockedRuns = simulation.sweep(locked, 1, 16, 64);
    List<SimResult> clusteredRuns = simulation.sweep(clustered, 1, 16, 64);
    for (SimResult result : lockedRuns) {
      assertEquals(simulation.operations(), result.operations());
    }
    double lockedOne = lockedRuns.get(0).throughput();
    double locked16 = lockedRuns.get(1).throughput();
    double locked64 = lockedRuns.get(2).throughput();
    double clusteredOne = clusteredRuns.get(0).throughput();
    double clustered64 = clusteredRuns.get(2).throughput();
    // The locked original: 64 processors do no better than one node's 16, nor than 2x one.
    assertTrue(locked64 <= locked16, locked64 + " at 64 vs " + locked16 + " at 16");
    assertTrue(locked64 < 2 * lockedOne, locked64 + " at 64 vs " + lockedOne + " at 1");
    // The clustered form: near-linear.
    assertTrue(clustered64 > speedup * clusteredOne, clustered64 + " at 64 vs " + clusteredOne);
    assertTrue(clustered64 > 10 * locked64, clustered64 + " vs locked " + locked64);
  }

  @Test
  void clusteredMetricsScaleWhileLockedMetricsFlatten() {
    lockedFlattensClusteredScales(
        SIMULATION,
        new ServiceWorkloads.LockedMetricsWorkload(),
        new ServiceWorkloads.ClusteredMetricsWorkload(),
        40);
  }

  @Test
  void clusteredStatsScaleWhileSynchronizedStatsFlatten() {
    lockedFlattensClusteredScales(
        SIMULATION,
        new ServiceWorkloads.LockedStatsWorkload(),
        new ServiceWorkloads.ClusteredStatsWorkload(),
        40);
  }

  @Test
  void readMostlyCacheScalesWhileLockedCacheFlattens() {
    // One write in 16384: enough operations that every processor sees writes invalidate its
    // replica and refills it through the store's lock.
    lockedFlattensClusteredScales(
        SIMULATION.withOperations(200_000),
        new ServiceWorkloads.LockedCacheWorkload(),
        new ServiceWorkloads.ReadMostlyCacheWorkload(),
        30);
  }

  @Test
  void frequentWritesStopTheReadMostlyCacheScalingAcrossNodes() {
    // One write in 256: each write invalidates 64 replicas and each refills the key through the
    // store's one lock, which saturates; across nodes the cache does worse than on one node.
    Simulation simulation = SIMULATION.withOperations(200_000);
    List<SimResult> runs =
        simulation.sweep(new ServiceWorkloads.ReadMostlyCacheWorkload(256), 16, 64);
    assertTrue(
        runs.get(1).throughput() < runs.get(0).throughput(),
        runs.get(1).throughput() + " at 64 vs " + runs.get(0).throughput() + " at 16");
    assertTrue(runs.get(1).meanLatencyNanos() > 10 * runs.get(0).meanLatencyNanos());
  }

  @Test
  void lockedOriginalsAreChargedForTheirMarkedMonitorAndState() {
    // Alone, a locked operation re-takes its own lock and line: at least the acquire, the state's
    // access and the release are charged per update.
    SimResult one = SIMULATION.withProcessors(1).run(new ServiceWorkloads.LockedStatsWorkload());
    assertTrue(one.accesses() >= 3 * one.operations(), one.accesses() + " accesses");
  }

  @Test
  void ppcKeyValueStoreScalesAndCountsEveryHit() {
    List<SimResult> runs = SIMULATION.sweep(new PpcWorkload(), 1, 64);
    assertTrue(
        runs.get(1).throughput() > 30 * runs.get(0).throughput(),
        runs.get(1).throughput() + " at 64 vs " + runs.get(0).throughput());
  }
}
