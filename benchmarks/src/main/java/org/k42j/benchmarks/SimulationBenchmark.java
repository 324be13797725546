package org.k42j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.k42j.kernel.sim.SimContext;
import org.k42j.kernel.sim.SimMachine;
import org.k42j.kernel.sim.SimResult;
import org.k42j.kernel.sim.Simulation;
import org.k42j.kernel.sim.Workload;
import org.k42j.kernel.sim.Workloads;
import org.k42j.simmarks.ModeledLine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * How fast the NUMA simulator runs: host time per modeled access, each invocation one whole run of
 * {@value #OPERATIONS} operations on all 64 processors of a modeled 4x16 machine (engine, cost
 * model, workload, the runtime's reports), divided by the accesses the run charges. Each workload
 * charges a fixed number of accesses per operation, so the division is exact: the shared atomic
 * counter one, the shared locked counter three (acquire, write, release), the scattered-lines
 * workload two (a read and an atomic on lines chosen at random among {@value #LINES}). The
 * simulator's target is at least 10 million modeled accesses per second of host time: at most 100
 * ns here. At several JMH threads each thread runs simulations of its own at once.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SimulationBenchmark {
  static final int OPERATIONS = 100_000;
  static final int LINES = 256;

  /** The simulation and its session, kept open so that runs do not re-link the runtime. */
  @State(Scope.Benchmark)
  public static class Machine {
    Simulation simulation;
    Simulation.Session session;
    Workload atomic;
    Workload locked;

    @Setup(Level.Trial)
    public void open() {
      simulation =
          Simulation.on(SimMachine.parse("4x16")).withOperations(OPERATIONS).withThink(100);
      session = simulation.open();
      atomic = Workloads.find("shared-atomic-counter");
      locked = Workloads.find("shared-locked-counter");
    }

    @TearDown(Level.Trial)
    public void close() {
      session.close();
    }
  }

  /** Reads one line and updates another, both chosen at random among {@value #LINES}. */
  public static final class ScatteredLines implements Workload {
    @Override
    public String name() {
      return "scattered-lines";
    }

    @Override
    public Instance start(SimContext context) {
      ModeledLine[] lines = new ModeledLine[LINES];
      for (int i = 0; i < LINES; i++) {
        lines[i] = new ModeledLine();
      }
      return (processor, random) -> {
        lines[random.nextInt(LINES)].read();
        lines[random.nextInt(LINES)].atomic();
      };
    }
  }

  private static final Workload SCATTERED = new ScatteredLines();

  @Benchmark
  @OperationsPerInvocation(OPERATIONS)
  public SimResult sharedAtomicCounter(Machine machine) {
    return machine.simulation.run(machine.atomic);
  }

  @Benchmark
  @OperationsPerInvocation(OPERATIONS * 3)
  public SimResult sharedLockedCounter(Machine machine) {
    return machine.simulation.run(machine.locked);
  }

  @Benchmark
  @OperationsPerInvocation(OPERATIONS * 2)
  public SimResult scatteredLines(Machine machine) {
    return machine.simulation.run(SCATTERED);
  }

  /** Checks the per-operation access counts this benchmark divides by. */
  static void checkAccessCounts() {
    Simulation simulation = Simulation.on(SimMachine.parse("4x16")).withOperations(1_000);
    long atomic = simulation.run(Workloads.find("shared-atomic-counter")).accesses();
    long locked = simulation.run(Workloads.find("shared-locked-counter")).accesses();
    long scattered = simulation.run(SCATTERED).accesses();
    if (atomic != 1_000 || locked != 3_000 || scattered != 2_000) {
      throw new IllegalStateException(
          "accesses per operation changed: "
              + atomic
              + ", "
              + locked
              + ", "
              + scattered
              + " per 1000; update @OperationsPerInvocation");
    }
  }
}
