package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.clustering.Routing.Chain;
import org.k42j.runtime.clustering.Routing.Tags;
import org.k42j.runtime.clustering.Routing.Usage;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Workers;

/**
 * The processor's routing rules on the run-time path: default methods the rep class does not
 * override run on the handle; fluent results come back as the handle; a redeclared {@code toString}
 * or {@code hashCode} declared a gather or on-root is routed, and left alone the handle answers it.
 */
class RuntimeRoutingRulesTest {
  private static final int PROCESSORS = 8;
  private Processors.Installation machine;

  @BeforeEach
  void eightProcessors() {
    machine = Processors.install(new DeclaredIdentity(PROCESSORS), UniformTopology.single());
  }

  @AfterEach
  void restore() {
    DeclaredIdentity.declare(0);
    machine.close();
  }

  private static void recordOnFourProcessors(Usage usage) {
    for (int processor = 0; processor < 4; processor++) {
      DeclaredIdentity.declare(processor);
      usage.record(100_000);
    }
    DeclaredIdentity.declare(0);
  }

  @Test
  void aDefaultMethodTheRepClassDoesNotOverrideSeesTheGatheredTotal() {
    Usage usage =
        Clustering.of(Usage.class)
            .repClass(Routing.UsageRep.class)
            .gather("count", Reduce.SUM)
            .build()
            .create();
    recordOnFourProcessors(usage);
    assertTrue(usage.busy(300_000), "busy(300,000) with a total of 400,000");
    assertFalse(usage.busy(400_000));
    assertEquals(400_000, usage.longValue());
    assertEquals("rep holding 100000", usage.label(), "the rep's override");
    assertEquals(Usage.class, declaringClassOf(usage, "longValue"));
  }

  @Test
  void withAnExistingClassItsSameNamedMethodStandsForTheDefault() {
    Usage usage =
        Clustering.of(Usage.class)
            .repClass(Routing.ExistingMeter.class)
            .gather("count", Reduce.SUM)
            .build()
            .create();
    recordOnFourProcessors(usage);
    assertEquals("existing holding 100000", usage.label());
    assertEquals(400_000, usage.longValue());
  }

  @Test
  void withARepMakerDefaultMethodsRunOnTheHandle() {
    Usage usage =
        Clustering.of(Usage.class)
            .reps(Routing.PlainUsageRep::new)
            .gather("count", Reduce.SUM)
            .build()
            .create();
    recordOnFourProcessors(usage);
    assertTrue(usage.busy(300_000));
    assertEquals(400_000, usage.longValue());
    assertEquals("contract", usage.label());
  }

  @Test
  void aRepMakerWhoseRepOverridesADefaultRunOnTheHandleIsRefusedWhenTheRepIsMade() {
    Usage usage =
        Clustering.of(Usage.class)
            .reps(Routing.BusyUsageRep::new)
            .gather("count", Reduce.SUM)
            .build()
            .create();
    ClusteredObjectException e =
        assertThrows(ClusteredObjectException.class, () -> usage.record(1));
    assertTrue(
        e.getMessage().contains("overrides the default method busy(long)")
            && e.getMessage().contains("repClass(BusyUsageRep.class)"),
        e.getMessage());
  }

  @Test
  void aVersionOverridingOtherDefaultMethodsThanTheRepClassIsRefused() {
    InvalidDeclarationException e =
        assertThrows(
            InvalidDeclarationException.class,
            () ->
                Clustering.of(Usage.class)
                    .repClass(Routing.UsageRep.class)
                    .gather("count", Reduce.SUM)
                    .stateTransfer(Usage.class, Usage::count, (rep, counts) -> {})
                    .version(
                        Routing.PlainUsageRep.class,
                        Routing.PlainUsageRep::new,
                        Usage::count,
                        (rep, counts) -> {})
                    .build());
    assertEquals("rep-version-default-methods", e.code());
    assertTrue(
        e.getMessage()
            .contains(
                "Routing.PlainUsageRep cannot be a version of Routing.UsageRep:"
                    + " Routing.UsageRep overrides the contract's default method label() but"
                    + " Routing.PlainUsageRep does not"),
        e.getMessage());
  }

  private static Chain chain(Concurrency concurrency) {
    return Clustering.of(Chain.class)
        .root(Routing.ChainRoot.class, reps -> new Routing.ChainRoot())
        .repsWithRoot(Routing.ChainRep::new)
        .concurrency(concurrency)
        .gather("total", Reduce.SUM)
        .gather("largest", Routing.Largest.class)
        .onRoot("rename", String.class)
        .onRoot("name")
        .build()
        .create();
  }

  @Test
  void fluentResultsComeBackAsTheHandleOnEveryPath() {
    for (Concurrency concurrency : Concurrency.values()) {
      Chain chain = chain(concurrency);
      DeclaredIdentity.declare(3);
      assertSame(chain, chain.add(1), concurrency + ": the first call, through the miss object");
      assertSame(chain, chain.add(1), concurrency + ": the hit path");
      assertSame(chain, chain.self(), concurrency + ": a result typed Object");
      assertSame(chain, chain.rename("left"), concurrency + ": a root returning itself");
      DeclaredIdentity.declare(5);
      chain.add(10);
      assertSame(chain, chain.largest(), concurrency + ": a combiner picking one of the reps");
      assertEquals("left", chain.name());
      assertEquals(12, chain.total());
      ClusteredObjects.destroy(chain);
    }
  }

  @Test
  void anInheritedGenericFluentMethodReturnsTheHandle() {
    Routing.Chained chained =
        Clustering.of(Routing.Chained.class)
            .reps(Routing.ChainedRep::new)
            .gather("total", Reduce.SUM)
            .build()
            .create();
    DeclaredIdentity.declare(2);
    assertSame(chained, chained.add(1), "through the miss object");
    assertSame(chained, chained.add(1).add(1), "through the guard");
    assertEquals(3, chained.total());
  }

  @Test
  void chainedCallsOnExclusiveRepsUnderEightThreadsCountExactly() throws Exception {
    for (int round = 0; round < 20; round++) {
      Chain chain = chain(Concurrency.EXCLUSIVE);
      Workers.run(
          8,
          t -> {
            DeclaredIdentity.declare(t % 2); // four threads to each of two processors
            for (int i = 0; i < 100_000; i++) {
              chain.add(1).add(1);
            }
          });
      assertEquals(1_600_000, chain.total(), "round " + round);
      ClusteredObjects.destroy(chain);
    }
  }

  @Test
  void aDeclaredGatherOfToStringAndHashCodeDescribesTheWholeObject() {
    Tags tags =
        Clustering.of(Tags.class)
            .reps(Routing.TagsRep::new)
            .gather("toString", Routing.CommaJoin.class)
            .gather("hashCode", Reduce.SUM)
            .build()
            .create();
    String[] added = {"red", "green", "blue", "cyan"};
    for (int i = 0; i < added.length; i++) {
      DeclaredIdentity.declare(i);
      tags.add(added[i]);
    }
    assertEquals("red,green,blue,cyan", tags.toString());
    assertEquals(Set.of(added).hashCode(), tags.hashCode());
    Tags other =
        Clustering.of(Tags.class)
            .reps(Routing.TagsRep::new)
            .gather("hashCode", Reduce.SUM)
            .build()
            .create();
    other.add("red");
    assertNotEquals(tags, other, "equals is left alone: identity");
  }

  @Test
  void aToStringDeclaredOnRootRunsOnTheRoot() {
    Tags tags =
        Clustering.of(Tags.class)
            .root(Routing.Title.class, reps -> new Routing.Title())
            .reps(Routing.TagsRep::new)
            .onRoot("toString")
            .build()
            .create();
    assertEquals("titled", tags.toString());
  }

  @Test
  void undeclaredToStringNamesTheContractAndTheCoidAndEqualsIsIdentity() {
    Tags tags = Clustering.of(Tags.class).reps(Routing.TagsRep::new).build().create();
    Tags twin = Clustering.of(Tags.class).reps(Routing.TagsRep::new).build().create();
    tags.add("red");
    twin.add("red");
    String text = tags.toString();
    assertTrue(text.contains(Tags.class.getCanonicalName()), text);
    assertTrue(text.contains(ClusteredObjects.coid(tags).toString()), text);
    assertEquals(tags, tags);
    assertNotEquals(tags, twin);
    assertEquals(System.identityHashCode(tags), tags.hashCode());
  }

  private static Class<?> declaringClassOf(Object handle, String method) {
    try {
      return handle.getClass().getMethod(method).getDeclaringClass();
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
