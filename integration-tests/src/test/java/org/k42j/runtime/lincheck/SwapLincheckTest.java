package org.k42j.runtime.lincheck;

import static org.jetbrains.lincheck.datastructures.ManagedStrategyGuaranteeKt.forClasses;

import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
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
 * The counter through hot swaps: increments and gathers (in requests, and again outside them) and
 * swaps (to one rep, a rep per processor, a rep per cluster of two) on parallel threads, each
 * pinned to a processor of its own. Every history must be one a plain counter could produce, with a
 * swap changing nothing: a swap loses no increment, counts none twice, and a gather sees the old
 * reps or the new ones, never some of each. Model checking explores the interleavings inside the
 * swap (the mediator's phases, held calls, the grace period, the state export). Outside requests,
 * only the scan of the threads stands between an increment that read an old guard before a swap and
 * the rep it would enter after the export.
 */
public class SwapLincheckTest {
  /** Lincheck's thread indexes: parallel threads plus the initial and final parts. */
  static final int PROCESSORS = 5;

  private static final String CALLER_SCAN = "org.k42j.runtime.internal.CallerScan";

  private static final Policy[] POLICIES = {
    Policy.SINGLE, Policy.PER_PROCESSOR, Policy.PER_CLUSTER
  };

  /** Two processors per rep under PER_CLUSTER; no size (0) under the policies without clusters. */
  private static int clusterSize(Policy policy) {
    return policy == Policy.PER_CLUSTER ? 2 : 0;
  }

  /** Whether the increments and gathers run inside requests (set before each check). */
  private static volatile boolean inRequests;

  private final Counter counter = Counter_Factory.create();

  @Operation
  public void increment(@Param(gen = ThreadIdGen.class) int thread) {
    DeclaredIdentity.declare(thread);
    if (!inRequests) {
      counter.increment();
      return;
    }
    try (Request request = Requests.enter()) {
      counter.increment();
    }
  }

  @Operation
  public long value() {
    if (!inRequests) {
      return counter.value();
    }
    try (Request request = Requests.enter()) {
      return counter.value();
    }
  }

  @Operation
  public void swap(@Param(gen = IntGen.class, conf = "0:2") int policy) {
    ClusteredObjects.hotSwap(counter, POLICIES[policy], clusterSize(POLICIES[policy]));
  }

  /** Model checking, with the increments and gathers in requests. */
  @Test
  void aCounterCalledInRequestsStaysLinearizableThroughHotSwaps() {
    inRequests = true;
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
          // The swap's scan of the threads names classes and reads thread dumps (the JDK's caches
          // and the VM's samples, not what is checked here): each of its samples is one step.
          .addGuarantee(forClasses(CALLER_SCAN).methods("of", "stillInside").ignore())
          .check(SwapLincheckTest.class);
    }
  }

  /**
   * The same on plain threads, outside any request, under real concurrency: only the swap's scan of
   * the threads waits for an increment or a gather that read an old entry before the swap began
   * (without it, such an increment lands on a rep whose state was already exported). The model
   * checker cannot run this one: the scan observes the other threads through the VM's thread dumps,
   * and a thread the model checker has paused inside the object never leaves it.
   */
  @Test
  void aCounterCalledOutsideRequestsStaysLinearizableThroughHotSwaps() {
    inRequests = false;
    try (var machine =
        Processors.install(new DeclaredIdentity(PROCESSORS), UniformTopology.single())) {
      new StressOptions()
          .threads(2)
          .actorsPerThread(3)
          .actorsBefore(1)
          // Bounded to seconds: each invocation runs whole swaps.
          .iterations(5)
          .invocationsPerIteration(200)
          .sequentialSpecification(SequentialCounter.class)
          .check(SwapLincheckTest.class);
    }
  }
}
