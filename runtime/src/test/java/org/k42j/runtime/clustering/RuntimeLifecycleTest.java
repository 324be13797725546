package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.lifecycle.CallCounter;
import org.k42j.runtime.lifecycle.Interposition;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Workers;

/**
 * The runtime's lifecycle on run-time declared objects: hot swap through the declared state
 * transfer, and interposition, as on annotated ones.
 */
class RuntimeLifecycleTest {
  private static final int PROCESSORS = 4;

  private Processors.Installation machine;

  @BeforeEach
  void fourProcessors() {
    machine = Processors.install(new DeclaredIdentity(PROCESSORS), UniformTopology.single());
  }

  @AfterEach
  void restore() {
    DeclaredIdentity.declare(0);
    machine.close();
  }

  private static Declaration<Counting, Void> counting() {
    return Clustering.of(Counting.class)
        .repClass(SwappableCounter.class)
        .gather("count", Reduce.SUM);
  }

  private static void incrementOnEveryProcessor(Counting counting) {
    for (int p = 0; p < PROCESSORS; p++) {
      DeclaredIdentity.declare(p);
      counting.increment();
    }
    DeclaredIdentity.declare(0);
  }

  @Test
  void aSwapMovesEveryRepsStateThroughTheDeclaredTransfer() {
    Counting counting =
        counting()
            .stateTransfer(
                SwappableCounter.class,
                SwappableCounter::exportCount,
                SwappableCounter::importCounts)
            .build()
            .create();
    incrementOnEveryProcessor(counting);
    incrementOnEveryProcessor(counting);
    assertEquals(PROCESSORS, ClusteredObjects.stats(counting).reps());

    ClusteredObjects.hotSwap(counting, Policy.SINGLE);
    assertEquals(1, ClusteredObjects.stats(counting).reps());
    assertEquals(2 * PROCESSORS, counting.count());
    incrementOnEveryProcessor(counting);
    assertEquals(1, ClusteredObjects.stats(counting).reps());
    assertEquals(3 * PROCESSORS, counting.count());

    ClusteredObjects.hotSwap(counting, Policy.PER_PROCESSOR);
    incrementOnEveryProcessor(counting);
    assertEquals(PROCESSORS, ClusteredObjects.stats(counting).reps());
    assertEquals(4 * PROCESSORS, counting.count());
  }

  private static Declaration<Counting, Void> countingWithVersion() {
    return counting()
        .stateTransfer(
            SwappableCounter.class, SwappableCounter::exportCount, SwappableCounter::importCounts)
        .version(
            TallyingCounter.class,
            TallyingCounter::new,
            TallyingCounter::exportCount,
            TallyingCounter::importCounts);
  }

  @Test
  void aSwapToADeclaredVersionMovesTheStateIntoItsRepsAndBack() {
    Counting counting = countingWithVersion().build().create();
    incrementOnEveryProcessor(counting);

    ClusteredObjects.hotSwap(counting, TallyingCounter.class, Policy.SINGLE);
    assertEquals(PROCESSORS, counting.count());
    incrementOnEveryProcessor(counting);
    assertEquals(1, ClusteredObjects.stats(counting).reps(), "one TallyingCounter");
    assertEquals(2 * PROCESSORS, counting.count());

    ClusteredObjects.hotSwap(counting, SwappableCounter.class, Policy.PER_PROCESSOR);
    incrementOnEveryProcessor(counting);
    assertEquals(PROCESSORS, ClusteredObjects.stats(counting).reps());
    assertEquals(3 * PROCESSORS, counting.count());
  }

  /**
   * A run-time declared counter swapped two hundred times between its rep class and a declared
   * version (and between policies) while eight plain threads increment it a million times each.
   */
  @Test
  void aDeclaredObjectSwappedBetweenRepClassesUnderEightThreadsKeepsTheExactTotal()
      throws Exception {
    try (var machine = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      Counting counting = countingWithVersion().build().create();
      Class<?>[] classes = {TallyingCounter.class, SwappableCounter.class};
      Policy[] policies = {Policy.SINGLE, Policy.PER_PROCESSOR, Policy.PER_CLUSTER};
      AtomicLong incremented = new AtomicLong();
      AtomicBoolean swapsDone = new AtomicBoolean();
      Workers.run(
          9,
          t -> {
            if (t == 8) {
              for (int i = 0; i < 200; i++) {
                Policy policy = policies[i % 3];
                ClusteredObjects.hotSwap(
                    counting, classes[i % 2], policy, policy == Policy.PER_CLUSTER ? 2 : 0);
              }
              swapsDone.set(true);
              return;
            }
            DeclaredIdentity.declare(t);
            long mine = 0;
            while (mine < 1_000_000 || !swapsDone.get()) {
              for (int i = 0; i < 100; i++) {
                counting.increment();
              }
              mine += 100;
              Thread.yield(); // let the swapping thread run on a small host
            }
            incremented.addAndGet(mine);
          });
      assertEquals(200, ClusteredObjects.stats(counting).swaps());
      assertEquals(incremented.get(), counting.count(), "increments lost across rep classes");
    }
  }

  @Test
  void aVersionThatDoesNotImplementTheContractIsRefusedAtBuild() {
    InvalidDeclarationException e =
        assertThrows(
            InvalidDeclarationException.class,
            () ->
                countingWithVersion()
                    .version(
                        PlainCounter.class, PlainCounter::new, PlainCounter::count, (r, s) -> {})
                    .build());
    assertEquals("rep-version-contract", e.code(), e.getMessage());
  }

  @Test
  void aVersionWithoutAStateTransferOrDeclaredTwiceIsRefusedAtBuild() {
    InvalidDeclarationException noTransfer =
        assertThrows(
            InvalidDeclarationException.class,
            () ->
                counting()
                    .version(
                        TallyingCounter.class,
                        TallyingCounter::new,
                        TallyingCounter::exportCount,
                        TallyingCounter::importCounts)
                    .build());
    assertEquals("rep-version-state", noTransfer.code(), noTransfer.getMessage());
    InvalidDeclarationException twice =
        assertThrows(
            InvalidDeclarationException.class,
            () ->
                countingWithVersion()
                    .version(
                        TallyingCounter.class,
                        TallyingCounter::new,
                        TallyingCounter::exportCount,
                        TallyingCounter::importCounts)
                    .build());
    assertEquals("rep-version-twice", twice.code(), twice.getMessage());
  }

  @Test
  void withoutAStateTransferASwapIsRefusedSayingWhatToDeclare() {
    Counting counting = counting().build().create();
    incrementOnEveryProcessor(counting);
    ClusteredObjectException e =
        assertThrows(
            ClusteredObjectException.class,
            () -> ClusteredObjects.hotSwap(counting, Policy.SINGLE));
    assertTrue(e.getMessage().contains("add stateTransfer(RepClass.class"), e.getMessage());
    assertEquals(PROCESSORS, counting.count());
  }

  @Test
  void aStateTransferForAnotherRepClassIsRefusedAtBuild() {
    InvalidDeclarationException e =
        assertThrows(
            InvalidDeclarationException.class,
            () ->
                counting()
                    .stateTransfer(PlainCounter.class, PlainCounter::count, (rep, states) -> {})
                    .build());
    assertEquals("state-transfer-rep-type", e.code());
    assertTrue(
        e.getMessage()
            .contains(
                "the state transfer of Counting is declared for reps of PlainCounter, but its reps"
                    + " are SwappableCounter"),
        e.getMessage());
  }

  @Test
  void anInterceptorSeesEveryCallOnEveryRepUntilClosed() throws Exception {
    Counting counting = counting().build().create();
    incrementOnEveryProcessor(counting);
    CallCounter calls = new CallCounter();
    try (Interposition interposition = ClusteredObjects.interpose(counting, calls)) {
      incrementOnEveryProcessor(counting);
      incrementOnEveryProcessor(counting);
    }
    incrementOnEveryProcessor(counting);
    assertEquals(2 * PROCESSORS, calls.count("increment()"));
    assertEquals(4 * PROCESSORS, counting.count());
  }
}
