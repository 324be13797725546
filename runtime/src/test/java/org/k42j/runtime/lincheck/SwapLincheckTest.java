package org.k42j.runtime.lincheck;

import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.lifecycle.Request;
import org.k42j.runtime.lifecycle.Requests;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;

/**
 * The counter through hot swaps: increments and gathers (each in a request, as the swap's guarantee
 * needs) and swaps (to one rep, a rep per processor, a rep per cluster of two) on parallel
 * threads, each pinned to a processor of its own. Every
 * history must be one a plain counter could produce, with a swap changing nothing: a swap loses
 * no increment, counts none twice, and a gather sees the old reps or the new ones, never some of
 * each. Model checking explores the interleavings inside the swap (the mediator's phases, held
 * calls, the grace period, the state export). Without the requests it finds the lost update
 * docs/lifecycle.md describes: an increment that read an old guard before a swap and enters it
 * after the export.
 */
public class SwapLincheckTest {
  /** Lincheck's thread indexes: parallel threads plus the initial and final parts. */
  static final int PROCESSORS = 5;

  private static final Policy[] POLICIES = {
    Policy.SINGLE, Policy.PER_PROCESSOR, Policy.PER_CLUSTER
  };

  private final Counter counter = Counter_Factory.create();

  @Operation
  public void increment(@Param(gen = ThreadIdGen.class) int thread) {
    DeclaredIdentity.declare(thread);
    try (Request request = Requests.enter()) {
      counter.increment();
    }
  }

  @Operation
  public long value() {
    try (Request request = Requests.enter()) {
      return counter.value();
    }
  }

  @Operation
  public void swap(@Param(gen = IntGen.class, conf = "0:2") int policy) {
    ClusteredObjects.hotSwap(counter, POLICIES[policy], 2);
  }

  @Test
  void aCounterStaysLinearizableThroughHotSwaps() {
    try (var machine =
        Processors.install(new DeclaredIdentity(PROCESSORS), UniformTopology.single())) {
      new ModelCheckingOptions()
          .threads(2)
          .actorsPerThread(2)
          .actorsBefore(1)
          // Bounded to seconds: each invocation runs whole swaps (proxies, a grace period).
          .iterations(2)
          .invocationsPerIteration(10)
          .sequentialSpecification(SequentialCounter.class)
          .check(SwapLincheckTest.class);
    }
  }
}
