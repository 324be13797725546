package org.k42j.kernel.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Same seed, workload and machine: identical trace and results, whether runs follow each other or
 * run at once from several host threads.
 */
class DeterminismTest {
  private static final Simulation SIMULATION =
      Simulation.on(SimMachine.parse("4x16")).withOperations(30_000).withSeed(42).withThink(100);

  private static List<Workload> workloads() {
    return List.of(
        new BundledWorkloads.SharedAtomicCounter(),
        new BundledWorkloads.SharedLockedCounter(),
        new BundledWorkloads.ClusteredCounter(),
        new BundledWorkloads.ClusteredCounterGather(),
        new BundledWorkloads.SingleRepCounter());
  }

  private static List<SimResult> sequential() {
    List<SimResult> results = new ArrayList<>();
    for (Workload workload : workloads()) {
      results.addAll(SIMULATION.sweep(workload, 1, 7, 24, 64));
    }
    return results;
  }

  @Test
  void twoRunsGiveIdenticalTracesAndResults() {
    assertEquals(sequential(), sequential());
  }

  @Test
  void anotherSeedGivesAnotherTrace() {
    SimResult a = SIMULATION.withProcessors(24).run(new BundledWorkloads.SharedLockedCounter());
    SimResult b =
        SIMULATION.withSeed(43).withProcessors(24).run(new BundledWorkloads.SharedLockedCounter());
    assertNotEquals(a.traceHash(), b.traceHash());
  }

  @Test
  void runsFromSeveralHostThreadsAtOnceMatchTheSequentialRuns() throws Exception {
    List<SimResult> expected = sequential();
    for (int threads : new int[] {1, 3, 8}) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<List<SimResult>>> futures = new ArrayList<>();
        for (int copy = 0; copy < threads; copy++) {
          Callable<List<SimResult>> task = DeterminismTest::sequential;
          futures.add(pool.submit(task));
        }
        for (Future<List<SimResult>> future : futures) {
          assertEquals(expected, future.get(), threads + " host threads");
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
