package org.k42j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.k42j.kernel.sim.SimResult;

/** The simulator benchmark divides by the right number of accesses and runs what it says. */
class SimulationBenchmarkTest {
  @Test
  void accessesPerOperationMatchOperationsPerInvocation() {
    SimulationBenchmark.checkAccessCounts();
  }

  @Test
  void eachInvocationIsOneWholeRunOnAll64Processors() {
    SimulationBenchmark.Machine machine = new SimulationBenchmark.Machine();
    machine.open();
    try {
      SimResult result = new SimulationBenchmark().scatteredLines(machine);
      assertEquals(64, result.processors());
      assertEquals(SimulationBenchmark.OPERATIONS, result.operations());
      assertEquals(2L * SimulationBenchmark.OPERATIONS, result.accesses());
    } finally {
      machine.close();
    }
  }
}
