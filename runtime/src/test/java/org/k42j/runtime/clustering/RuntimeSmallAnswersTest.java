package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.ProcessorIdentityException;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;

/**
 * The run-time path's answers to small mistakes and failures: a negative processor id, a cluster
 * size given to a policy without clusters, a broadcast whose rep throws, a rep class without a
 * constructor.
 */
class RuntimeSmallAnswersTest {
  private static final int PROCESSORS = 4;

  private Processors.Installation machine;
  private DeclaredIdentity identity;

  @BeforeEach
  void fourProcessors() {
    identity = new DeclaredIdentity(PROCESSORS);
    machine = Processors.install(identity, UniformTopology.single());
  }

  @AfterEach
  void restore() {
    DeclaredIdentity.declare(0);
    machine.close();
  }

  @ParameterizedTest(name = "id {0}")
  @ValueSource(ints = {-1, -4, Integer.MIN_VALUE})
  void aNegativeIdIsTheIdentitysFaultNotAnArrayIndex(int id) {
    for (Concurrency concurrency : Concurrency.values()) {
      for (Policy policy : new Policy[] {Policy.PER_PROCESSOR, Policy.ADAPTIVE, Policy.SINGLE}) {
        Counting counting =
            Clustering.of(Counting.class)
                .repClass(PlainCounter.class)
                .gather("count", Reduce.SUM)
                .policy(policy)
                .concurrency(concurrency)
                .build()
                .create();
        counting.increment();
        DeclaredIdentity.declare(id);
        ProcessorIdentityException e =
            assertThrows(ProcessorIdentityException.class, counting::increment);
        assertTrue(
            e.getMessage().contains("processor identity " + identity + " returned " + id),
            e.getMessage());
        assertTrue(e.getMessage().contains("ids must be in 0..3"), e.getMessage());
        DeclaredIdentity.declare(0);
        assertEquals(1, counting.count(), policy + ", " + concurrency);
        assertEquals(1, ClusteredObjects.stats(counting).reps());
        ClusteredObjects.destroy(counting);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Policy.class,
      names = {"PER_PROCESSOR", "PER_NODE", "SINGLE", "ADAPTIVE"})
  void aClusterSizeForAPolicyWithoutClustersIsRefusedAndTheObjectKeepsItsReps(Policy policy) {
    Counting counting =
        Clustering.of(Counting.class)
            .repClass(SwappableCounter.class)
            .gather("count", Reduce.SUM)
            .stateTransfer(
                SwappableCounter.class,
                SwappableCounter::exportCount,
                SwappableCounter::importCounts)
            .build()
            .create();
    for (int p = 0; p < PROCESSORS; p++) {
      DeclaredIdentity.declare(p);
      counting.increment();
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ClusteredObjects.hotSwap(counting, policy, 4));
    assertTrue(
        e.getMessage().contains("a cluster size applies only to Policy.PER_CLUSTER"),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("to Policy." + policy + " with a cluster size of 4"),
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ClusteredObjects.hotSwap(counting, SwappableCounter.class, policy, 4));
    assertEquals(PROCESSORS, ClusteredObjects.stats(counting).reps());
    assertEquals(Policy.PER_PROCESSOR, ClusteredObjects.stats(counting).policy());
    assertEquals(PROCESSORS, counting.count());
    ClusteredObjects.hotSwap(counting, Policy.PER_CLUSTER, 2);
    assertEquals(PROCESSORS, counting.count());
  }

  private static Flushing flushing(Set<Integer> failing, Concurrency concurrency) {
    AtomicInteger made = new AtomicInteger();
    Flushing flushing =
        Clustering.of(Flushing.class)
            .reps(() -> new FlakyPart(made, failing))
            .broadcast("flush")
            .gather("flushed", Reduce.SUM)
            .concurrency(concurrency)
            .build()
            .create();
    for (int p = 0; p < PROCESSORS; p++) {
      DeclaredIdentity.declare(p); // part p serves processor p
      flushing.write(p);
    }
    DeclaredIdentity.declare(0);
    return flushing;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Concurrency.class)
  void aBroadcastWhoseRepThrowsStillReachesEveryRepAndThrowsTheFirstFailure(
      Concurrency concurrency) {
    Flushing flushing = flushing(Set.of(0, 2), concurrency);
    IllegalStateException e = assertThrows(IllegalStateException.class, flushing::flush);
    assertEquals("part 0 failed", e.getMessage());
    assertEquals(
        Arrays.asList("part 2 failed"),
        Arrays.stream(e.getSuppressed()).map(Throwable::getMessage).toList());
    assertEquals(2, flushing.flushed(), "parts 1 and 3 flushed despite parts 0 and 2");
    assertThrows(IllegalStateException.class, flushing::flush);
    assertEquals(4, flushing.flushed());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Concurrency.class)
  void aBroadcastRethrowsACheckedFailureAsItIsWithTheLaterOnesSuppressed(Concurrency concurrency) {
    Flushing flushing = flushing(Set.of(1, 2, 3), concurrency);
    IOException e = assertThrows(IOException.class, flushing::flush);
    assertEquals("part 1 failed", e.getMessage());
    Throwable[] suppressed = e.getSuppressed();
    assertArrayEquals(
        new String[] {"part 2 failed", "part 3 failed"},
        Arrays.stream(suppressed).map(Throwable::getMessage).toArray(String[]::new));
    assertSame(IllegalStateException.class, suppressed[0].getClass());
    assertSame(IOException.class, suppressed[1].getClass());
    assertEquals(1, flushing.flushed());
  }

  @Test
  void aBroadcastWithoutFailureThrowsNothing() throws IOException {
    Flushing flushing = flushing(Set.of(), Concurrency.EXCLUSIVE);
    flushing.flush();
    flushing.flush();
    assertEquals(2 * PROCESSORS, flushing.flushed());
  }

  @Test
  void aRepClassWithoutConstructorIsToldWhichConstructorToAdd() {
    InvalidDeclarationException implementing =
        assertThrows(
            InvalidDeclarationException.class,
            () ->
                Clustering.of(Counting.class)
                    .repClass(BadParts.NoDefaultConstructor.class)
                    .build());
    assertTrue(
        implementing
            .getMessage()
            .endsWith(
                "BadParts.NoDefaultConstructor has no constructor the root can call; add an"
                    + " accessible constructor taking no arguments"),
        implementing.getMessage());
    InvalidDeclarationException subclassed =
        assertThrows(
            InvalidDeclarationException.class,
            () -> Clustering.of(Counting.class).repClass(BadParts.NamedCounter.class).build());
    assertTrue(
        subclassed
            .getMessage()
            .endsWith(
                "BadParts.NamedCounter has no constructor the root can call; add a public or"
                    + " protected constructor taking no arguments"),
        subclassed.getMessage());
  }

  @Test
  void anEmptyObjectsMaxIsTheTypesSmallestValueUnlessACombinerStartsFromZero() {
    Tally byReduce =
        Clustering.of(Tally.class)
            .repClass(LockedTally.class)
            .gather("largest", Reduce.MAX)
            .build()
            .create();
    assertEquals(Long.MIN_VALUE, byReduce.largest(), "no rep yet");
    Tally fromZero =
        Clustering.of(Tally.class)
            .repClass(LockedTally.class)
            .gather("largest", MaxFromZero.class)
            .build()
            .create();
    assertEquals(0, fromZero.largest(), "no rep yet: the locked original's 0");
    DeclaredIdentity.declare(1);
    fromZero.add(-5);
    assertEquals(Math.max(0, -5), fromZero.largest());
    fromZero.add(12);
    assertEquals(12, fromZero.largest());
  }
}
