package org.k42j.examples.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.k42j.kernel.sim.SimMachine;
import org.k42j.kernel.sim.SimResult;
import org.k42j.kernel.sim.Simulation;

/**
 * The examples' shared forms against their clustered forms on a modeled 4x16 machine: every run
 * checks its own totals exactly, and the clustered forms win by the margins the model predicts.
 */
class ExampleWorkloadsTest {
  private static final Simulation SIMULATION =
      Simulation.on(SimMachine.parse("4x16")).withOperations(100_000).withProcessors(64);

  @Test
  void partitionedCounterOutrunsTheSharedCounterAt64Processors() {
    SimResult shared = SIMULATION.run(new ExampleWorkloads.SharedCounterWorkload());
    SimResult partitioned = SIMULATION.run(new ExampleWorkloads.PartitionedCounterWorkload());
    assertTrue(
        partitioned.throughput() > 20 * shared.throughput(),
        partitioned.throughput() + " vs " + shared.throughput());
  }

  @Test
  void clusteredIdsOutrunTheLockedAllocatorAndScale() {
    SimResult locked = SIMULATION.run(new ExampleWorkloads.LockedIdsWorkload());
    SimResult clustered = SIMULATION.run(new ExampleWorkloads.ClusteredIdsWorkload());
    assertTrue(
        clustered.throughput() > 20 * locked.throughput(),
        clustered.throughput() + " vs " + locked.throughput());
    SimResult lockedOne =
        SIMULATION.withProcessors(1).run(new ExampleWorkloads.LockedIdsWorkload());
    // The locked allocator gains nothing from 64 processors; the clustered one gains most of 64x.
    assertTrue(locked.throughput() < 1.5 * lockedOne.throughput());
    SimResult clusteredOne =
        SIMULATION.withProcessors(1).run(new ExampleWorkloads.ClusteredIdsWorkload());
    assertTrue(clustered.throughput() > 40 * clusteredOne.throughput());
  }
}
