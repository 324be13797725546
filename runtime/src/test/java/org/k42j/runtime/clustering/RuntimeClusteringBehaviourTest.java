package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;

class RuntimeClusteringBehaviourTest {
  private Processors.Installation machine;

  @BeforeEach
  void fourProcessors() {
    machine = Processors.install(new DeclaredIdentity(4), UniformTopology.single());
  }

  @AfterEach
  void restore() {
    DeclaredIdentity.declare(0);
    machine.close();
  }

  private static Declaration<Tally, SharedCount> tally() {
    return Clustering.of(Tally.class)
        .root(SharedCount.class, SharedCount::new)
        .repClass(LockedTally.class)
        .gather("total", Reduce.SUM)
        .gather("largest", Reduce.MAX)
        .gather("allPositive", Reduce.ALL)
        .gather("describe", Concat.class)
        .broadcast("reset")
        .onRoot("shared");
  }

  @Test
  void eachProcessorGetsItsOwnRepAndGathersFoldThemAll() {
    Tally tally = tally().build().create();
    for (int processor = 0; processor < 4; processor++) {
      DeclaredIdentity.declare(processor);
      tally.add(processor + 1);
    }
    DeclaredIdentity.declare(2);
    tally.add(10);
    assertEquals(4, ClusteredObjects.stats(tally).reps());
    assertEquals(20, tally.total());
    assertEquals(10, tally.largest());
    assertTrue(tally.allPositive());
    assertEquals("[1][2][13][4]", tally.describe());
    tally.add(-1);
    assertFalse(tally.allPositive());
  }

  @Test
  void aRepClassWithoutTheOnRootMethodsServesAndTheRootAnswersThem() {
    ClusteredType<Tally> type =
        Clustering.of(Tally.class)
            .root(SharedCount.class, SharedCount::new)
            .repClass(UnsharedTally.class)
            .gather("total", Reduce.SUM)
            .gather("largest", Reduce.MAX)
            .gather("allPositive", Reduce.ALL)
            .gather("describe", Concat.class)
            .broadcast("reset")
            .onRoot("shared")
            .build();
    Tally tally = type.create();
    for (int processor = 0; processor < 3; processor++) {
      DeclaredIdentity.declare(processor);
      tally.add(processor + 1);
      assertEquals(processor + 1, tally.shared(), "one count on the root, whichever processor");
    }
    assertEquals(6, tally.total());

    SharedCount[] root = new SharedCount[1];
    Tally withRoot =
        Clustering.of(Tally.class)
            .root(
                SharedCount.class,
                reps -> {
                  root[0] = new SharedCount(reps);
                  return root[0];
                })
            .repClass(UnsharedTally.class)
            .gather("total", Reduce.SUM)
            .gather("largest", Reduce.MAX)
            .gather("allPositive", Reduce.ALL)
            .gather("describe", Concat.class)
            .broadcast("reset")
            .onRoot("shared")
            .build()
            .create();
    withRoot.add(1);
    Tally raw = root[0].reps.reps(Tally.class).get(0);
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, raw::shared);
    assertTrue(e.getMessage().contains("shared is declared on-root"), e.getMessage());
  }

  @Test
  void broadcastReachesEveryRepAndOnRootRunsOnTheSharedRoot() {
    Tally tally = tally().build().create();
    for (int processor = 0; processor < 3; processor++) {
      DeclaredIdentity.declare(processor);
      tally.add(5);
      assertEquals(processor + 1, tally.shared());
    }
    tally.reset();
    assertEquals(0, tally.total());
    assertEquals(Long.MIN_VALUE, tally.largest());
  }

  @Test
  void withoutRepsGathersReturnTheirIdentities() {
    Tally tally = tally().build().create();
    assertEquals(0, tally.total());
    assertEquals(Long.MIN_VALUE, tally.largest());
    assertTrue(tally.allPositive());
    assertEquals("", tally.describe());
  }

  @Test
  void policiesDecideHowManyRepsServeTheProcessors() {
    ClusteredType<Tally> perCluster = tally().policy(Policy.PER_CLUSTER).clusterSize(2).build();
    ClusteredType<Tally> single = tally().policy(Policy.SINGLE).build();
    Tally clustered = perCluster.create();
    Tally one = single.create();
    for (int processor = 0; processor < 4; processor++) {
      DeclaredIdentity.declare(processor);
      clustered.add(1);
      one.add(1);
    }
    assertEquals(2, ClusteredObjects.stats(clustered).reps());
    assertEquals(1, ClusteredObjects.stats(one).reps());
    assertEquals(4, clustered.total());
    assertEquals(4, one.total());
  }

  @Test
  void aContractTheRepClassDoesNotImplementIsImplementedByAGeneratedSubclass() {
    ClusteredType<Counting> type =
        Clustering.of(Counting.class)
            .repClass(PlainCounter.class)
            .gather("count", Reduce.SUM)
            .concurrency(Concurrency.THREAD_SAFE)
            .build();
    Counting counting = type.create();
    for (int processor = 0; processor < 4; processor++) {
      DeclaredIdentity.declare(processor);
      counting.increment();
      counting.increment();
    }
    assertEquals(8, counting.count());
    assertEquals(4, ClusteredObjects.stats(counting).reps());
  }

  @Test
  void repsMadeByAFunctionSeeTheRootObject() {
    AtomicInteger made = new AtomicInteger();
    Tally tally =
        Clustering.of(Tally.class)
            .root(SharedCount.class, SharedCount::new)
            .repsWithRoot(
                root -> {
                  made.incrementAndGet();
                  return new LockedTally();
                })
            .gather("total", Reduce.SUM)
            .build()
            .create();
    DeclaredIdentity.declare(1);
    tally.add(3);
    tally.add(4);
    assertEquals(1, made.get());
    assertEquals(7, tally.total());
  }

  @Test
  void destroyedObjectsRefuseEveryRoute() {
    Tally tally = tally().build().create();
    tally.add(1);
    ClusteredObjects.destroy(tally);
    assertThrows(ClusteredObjectDestroyedException.class, () -> tally.add(1));
    assertThrows(ClusteredObjectDestroyedException.class, tally::total);
    assertThrows(ClusteredObjectDestroyedException.class, tally::reset);
    assertThrows(ClusteredObjectDestroyedException.class, tally::shared);
  }

  @Test
  void aClusteredObjectResolvesByItsCoid() {
    Tally tally = tally().build().create();
    assertEquals(tally, ClusteredObjects.resolve(ClusteredObjects.coid(tally), Tally.class));
  }

  @Test
  void theRootSeesTheRepsItsObjectMade() {
    SharedCount[] root = new SharedCount[1];
    Tally tally =
        Clustering.of(Tally.class)
            .root(
                SharedCount.class,
                reps -> {
                  root[0] = new SharedCount(reps);
                  return root[0];
                })
            .repClass(LockedTally.class)
            .gather("total", Reduce.SUM)
            .build()
            .create();
    for (int processor = 0; processor < 3; processor++) {
      DeclaredIdentity.declare(processor);
      tally.add(processor);
    }
    assertEquals(3, root[0].reps.reps(LockedTally.class).size());
    long[] sum = new long[1];
    root[0].reps.forEachEntry(rep -> sum[0] += rep.total());
    assertEquals(3, sum[0]);
    ClusteredObjectException wrongType =
        assertThrows(ClusteredObjectException.class, () -> root[0].reps.reps(String.class));
    assertTrue(wrongType.getMessage().contains("not a java.lang.String"), wrongType.getMessage());
  }
}
