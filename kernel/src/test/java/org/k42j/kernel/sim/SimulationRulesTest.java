package org.k42j.kernel.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.ProcessorIdentityException;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.AccessProbes;
import org.k42j.runtime.spi.ProcessorIdentity;
import org.k42j.simmarks.Modeled;
import org.k42j.simmarks.ModeledLine;
import org.k42j.simmarks.ModeledLock;

/** What a run requires of workloads, what it reports, and what it leaves behind. */
class SimulationRulesTest {
  private static final Simulation SMALL =
      Simulation.on(SimMachine.parse("2x4")).withOperations(1_000);

  /** A user workload found by class name. */
  public static final class ModeledService implements Workload {
    @Override
    public String name() {
      return "modeled-service";
    }

    @Override
    public Instance start(SimContext context) {
      ModeledLine line = new ModeledLine();
      return (processor, random) -> {
        line.read();
        Modeled.work(10);
        Modeled.memory(context.machine().nodeOf(processor));
        Modeled.message((processor + 1) % context.machine().processorCount());
        Modeled.softInterrupt(0);
        Modeled.ppc();
      };
    }
  }

  @Test
  void bundledWorkloadsAreFoundByNameAndUserWorkloadsByClassName() {
    List<String> names = Workloads.available().stream().map(Workload::name).toList();
    assertEquals(
        List.of(
            "clustered-counter",
            "clustered-counter-gather",
            "kernel-slot-allocator",
            "shared-atomic-counter",
            "shared-locked-counter",
            "single-rep-counter"),
        names);
    assertEquals("shared-locked-counter", Workloads.find("shared-locked-counter").name());
    assertEquals("modeled-service", Workloads.find(ModeledService.class.getName()).name());
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> Workloads.find("lockless-counter"));
    assertTrue(unknown.getMessage().contains("clustered-counter, clustered-counter-gather"));
    assertThrows(IllegalArgumentException.class, () -> Workloads.find(String.class.getName()));
  }

  @Test
  void everyKindOfReportIsChargedAndCounted() {
    SimResult result = SMALL.run(new ModeledService());
    // Per operation: the read, the memory access, the message's and the interrupt's lines, the PPC.
    assertEquals(5 * 1_000, result.accesses());
    assertTrue(result.meanLatencyNanos() >= 10 + 160 + 20 + 48);
  }

  @Test
  void aWorkloadThatThrowsFailsTheRunNamingTheOperation() {
    Workload failing =
        new Workload() {
          @Override
          public String name() {
            return "failing";
          }

          @Override
          public Instance start(SimContext context) {
            return (processor, random) -> {
              if (random.nextInt(100) == 0) {
                throw new IllegalStateException("broken");
              }
            };
          }
        };
    SimulationException e = assertThrows(SimulationException.class, () -> SMALL.run(failing));
    assertTrue(e.getMessage().startsWith("workload failing threw on processor "), e.getMessage());
    assertTrue(e.getMessage().endsWith("java.lang.IllegalStateException: broken"));
  }

  @Test
  void aLockHeldPastItsOperationIsRefused() {
    Workload holding =
        new Workload() {
          @Override
          public String name() {
            return "holding";
          }

          @Override
          public Instance start(SimContext context) {
            ModeledLock lock = new ModeledLock();
            return (processor, random) -> lock.acquire();
          }
        };
    SimulationException e = assertThrows(SimulationException.class, () -> SMALL.run(holding));
    assertTrue(e.getMessage().contains("holding a modeled lock"), e.getMessage());
  }

  @Test
  void wrongResultsFailTheRun() {
    Workload miscounting =
        new Workload() {
          @Override
          public String name() {
            return "miscounting";
          }

          @Override
          public Instance start(SimContext context) {
            return new Instance() {
              @Override
              public void operation(int processor, SplittableRandom random) {}

              @Override
              public void finish(long operations) {
                BundledWorkloads.expect("nothing", 0, operations);
              }
            };
          }
        };
    SimulationException e = assertThrows(SimulationException.class, () -> SMALL.run(miscounting));
    assertEquals(
        "workload miscounting found its results wrong after 1000 operations on 8 processors:"
            + " nothing counted 0 of 1000 operations",
        e.getMessage());
  }

  @Test
  void outsideASimulationReportsDoNothingAndTheRuntimeIsRestored() {
    ProcessorIdentity before = Processors.identity();
    SMALL.run(new BundledWorkloads.ClusteredCounter());
    assertSame(before, Processors.identity());
    assertEquals(null, AccessProbes.installed());
    ModeledLine line = new ModeledLine();
    line.write();
    line.atomic();
    line.read();
    ModeledLock lock = new ModeledLock();
    lock.acquire();
    lock.release(); // a release without a modeled acquire would throw inside a simulation
    Modeled.work(5);
    assertEquals(-1, Modeled.processor());
    assertEquals(0.0, Modeled.nanoTime());
  }

  @Test
  void aPlainThreadCallingAClusteredObjectDuringASimulationIsToldWhy() throws Exception {
    try (Simulation.Session session = SMALL.open()) {
      SimCounter counter = SimCounter_Factory.create();
      ProcessorIdentityException e =
          assertThrows(ProcessorIdentityException.class, counter::increment);
      assertTrue(e.getMessage().contains("runs no simulation"), e.getMessage());
    }
  }

  @Test
  void processorCountsOutsideTheMachineAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SMALL.withProcessors(9));
    assertThrows(IllegalArgumentException.class, () -> SMALL.withProcessors(0));
    assertThrows(IllegalArgumentException.class, () -> SMALL.withThink(-1));
    assertThrows(IllegalArgumentException.class, () -> SMALL.withOperations(0));
  }

  @Test
  void latencyHistogramBucketsKeepUnderOnePercentError() {
    for (long value : new long[] {0, 1, 127, 128, 255, 256, 1_000, 46_000, 123_456_789L}) {
      long bound = LatencyHistogram.lowerBound(LatencyHistogram.index(value));
      assertTrue(bound <= value && value - bound <= value / 128, value + " -> " + bound);
    }
  }
}
