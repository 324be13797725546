package org.k42j.kernel.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kernel's slot allocator inside a simulation: its per-processor caches are a clustered object,
 * its node pools and remote-free lists are marked, so the model sees refills and remote frees.
 */
class KernelAllocatorSimulationTest {
  @Test
  void allocatorCountsExactlyAndScalesWhileRemoteFreesCost() {
    Simulation simulation =
        Simulation.on(SimMachine.parse("4x16")).withOperations(100_000).withThink(100);
    List<SimResult> results =
        simulation.sweep(new BundledWorkloads.KernelSlotAllocator(), 1, 16, 64);
    SimResult one = results.get(0);
    SimResult all = results.get(2);
    // Most operations stay on their processor: near-linear, but remote frees and refills cost.
    double speedup = all.throughput() / one.throughput();
    assertTrue(speedup > 32 && speedup < 64, "speedup " + speedup);
    // Marked accesses beyond one clustered call per allocation and free.
    assertTrue(all.accesses() > 2 * all.operations(), all.accesses() + " accesses");
    // Remote frees make some operations far slower than the local ones.
    assertTrue(all.p99LatencyNanos() > 20 * all.p50LatencyNanos(), all.toString());
  }
}
