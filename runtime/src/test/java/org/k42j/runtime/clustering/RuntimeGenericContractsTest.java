package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.clustering.GenericShapes.Box;
import org.k42j.runtime.clustering.GenericShapes.CounterSource;
import org.k42j.runtime.clustering.GenericShapes.IntPart;
import org.k42j.runtime.clustering.GenericShapes.IntSource;
import org.k42j.runtime.clustering.GenericShapes.IntegerSource;
import org.k42j.runtime.clustering.GenericShapes.Label;
import org.k42j.runtime.clustering.GenericShapes.LabelPart;
import org.k42j.runtime.clustering.GenericShapes.Lengths;
import org.k42j.runtime.clustering.GenericShapes.LengthsPart;
import org.k42j.runtime.clustering.GenericShapes.LengthsRoot;
import org.k42j.runtime.clustering.GenericShapes.LongBox;
import org.k42j.runtime.clustering.GenericShapes.LongBoxPart;
import org.k42j.runtime.clustering.GenericShapes.NumberSource;
import org.k42j.runtime.clustering.GenericShapes.PlainCounterSource;
import org.k42j.runtime.clustering.GenericShapes.PlainIntSource;
import org.k42j.runtime.clustering.GenericShapes.PlainLengths;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Workers;

/**
 * Contracts whose methods are inherited from generic superinterfaces ({@code Supplier<Integer>},
 * {@code Function<String, Integer>}, a bounded {@code Box<T extends Number>}) or narrowed by a
 * covariant override: the run-time path resolves them against the contract's type arguments, as the
 * processor does, so plain calls return the resolved type, gathers fold it and broadcasts take it,
 * whether the rep class implements the contract or is adapted to it.
 */
class RuntimeGenericContractsTest {
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

  @ParameterizedTest(name = "{0}")
  @EnumSource(Concurrency.class)
  void aSupplierOfIntegerGathersItsInheritedGetBySum(Concurrency concurrency) {
    for (Declaration<IntSource, Void> declaration :
        java.util.List.of(
            Clustering.of(IntSource.class).repClass(IntPart.class),
            Clustering.of(IntSource.class).repClass(PlainIntSource.class),
            Clustering.of(IntSource.class).reps(IntPart::new))) {
      IntSource source =
          declaration
              .gather("get", Reduce.SUM)
              .broadcast("reset")
              .concurrency(concurrency)
              .build()
              .create();
      for (int p = 0; p < PROCESSORS; p++) {
        DeclaredIdentity.declare(p);
        source.add(p + 1);
      }
      Integer total = source.get(); // the resolved Integer get(), not Object get()
      assertEquals(10, total);
      Supplier<Integer> supplier = source; // the erased bridge Supplier.get() reaches it too
      assertEquals(10, supplier.get());
      assertEquals(PROCESSORS, ClusteredObjects.stats(source).reps());
      source.reset();
      assertEquals(0, source.get());
    }
  }

  @Test
  void aSupplierOfIntegerWithoutRoutesCallsTheCallersRep() {
    IntSource source =
        Clustering.of(IntSource.class).repClass(PlainIntSource.class).build().create();
    DeclaredIdentity.declare(1);
    source.add(5);
    assertEquals(5, source.get());
    DeclaredIdentity.declare(2);
    assertEquals(0, ((Supplier<?>) source).get());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Concurrency.class)
  void aFunctionFromStringToIntegerAppliesOnTheCallersRepAndGathersItsTotal(
      Concurrency concurrency) {
    for (Declaration<Lengths, Void> declaration :
        java.util.List.of(
            Clustering.of(Lengths.class).repClass(LengthsPart.class),
            Clustering.of(Lengths.class).repClass(PlainLengths.class))) {
      Lengths lengths =
          declaration.gather("total", Reduce.SUM).concurrency(concurrency).build().create();
      for (int p = 0; p < PROCESSORS; p++) {
        DeclaredIdentity.declare(p);
        Integer length = lengths.apply("x".repeat(p + 1));
        assertEquals(p + 1, length);
      }
      Function<String, Integer> function = lengths;
      assertEquals(3, function.apply("abc"));
      assertEquals(1 + 2 + 3 + 4 + 3, lengths.total());
    }
  }

  @Test
  void aFunctionsInheritedApplyCanBeGatheredByItsResolvedParameterType() {
    Lengths lengths =
        Clustering.of(Lengths.class)
            .repClass(LengthsPart.class)
            .gather("apply", Reduce.MAX, String.class)
            .build()
            .create();
    for (int p = 0; p < PROCESSORS; p++) {
      DeclaredIdentity.declare(p);
      lengths.total();
    }
    assertEquals(5, lengths.apply("hello"), "every rep returns the length; MAX of them");
    for (int p = 0; p < PROCESSORS; p++) {
      DeclaredIdentity.declare(p);
      assertEquals(5, lengths.total(), "processor " + p + "'s rep applied it too");
    }
  }

  @Test
  void aBoundedTypeVariableResolvesToItsArgumentForAGather() {
    LongBox box =
        Clustering.of(LongBox.class)
            .repClass(LongBoxPart.class)
            .gather("value", Reduce.SUM)
            .build()
            .create();
    for (int p = 0; p < PROCESSORS; p++) {
      DeclaredIdentity.declare(p);
      box.put(p + 1L); // processor p's own rep
    }
    Long sum = box.value();
    assertEquals(1 + 2 + 3 + 4, sum);
    Box<Long> generic = box;
    assertEquals(10L, generic.value());
  }

  @Test
  void aBoundedTypeVariableResolvesToItsArgumentForABroadcastNamedByEitherType() {
    for (Class<?> parameter : new Class<?>[] {Long.class, Number.class}) {
      LongBox box =
          Clustering.of(LongBox.class)
              .repClass(LongBoxPart.class)
              .broadcast("put", parameter)
              .build()
              .create();
      for (int p = 0; p < PROCESSORS; p++) {
        DeclaredIdentity.declare(p);
        box.value(); // makes processor p's rep
      }
      box.put(7L);
      ((Box<Long>) box).put(7L);
      for (int p = 0; p < PROCESSORS; p++) {
        DeclaredIdentity.declare(p);
        assertEquals(7L, box.value(), "processor " + p + "'s rep got the broadcast");
      }
      assertEquals(PROCESSORS, ClusteredObjects.stats(box).reps());
    }
  }

  @Test
  void aGenericContractItselfIsRefusedAGatherOnItsTypeVariableWithTheBoundNamed() {
    InvalidDeclarationException e =
        assertThrows(
            InvalidDeclarationException.class,
            () ->
                Clustering.of(Box.class)
                    .reps(LongBoxPart::new)
                    .gather("value", Reduce.SUM)
                    .build());
    assertEquals("gather-reduce-type", e.code(), e.getMessage());
    assertTrue(e.getMessage().contains("returns T"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Concurrency.class)
  void aCovariantOverrideIsTheMethodAndItsBridgeReachesIt(Concurrency concurrency) {
    for (Declaration<IntegerSource, Void> declaration :
        java.util.List.of(
            Clustering.of(IntegerSource.class).repClass(CounterSource.class),
            Clustering.of(IntegerSource.class).repClass(PlainCounterSource.class))) {
      IntegerSource source = declaration.concurrency(concurrency).build().create();
      Integer first = source.next();
      NumberSource wider = source;
      assertEquals(0, first);
      assertEquals(1, wider.next());
      DeclaredIdentity.declare(3);
      assertEquals(0, source.next(), "processor 3's own rep");
      DeclaredIdentity.declare(0);
    }
    IntegerSource summed =
        Clustering.of(IntegerSource.class)
            .repClass(CounterSource.class)
            .gather("next", Reduce.SUM)
            .build()
            .create();
    for (int p = 0; p < PROCESSORS; p++) {
      DeclaredIdentity.declare(p);
      summed.skip(); // makes processor p's rep and moves it to 1
    }
    Integer sum = summed.next();
    assertEquals(4, sum, "1 from each of four reps");
    assertEquals(8, ((NumberSource) summed).next(), "through the bridge: 2 from each");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Concurrency.class)
  void eightThreadsAddingThroughAnInheritedGenericContractKeepTheExactTotal(Concurrency concurrency)
      throws Exception {
    try (var eight = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      IntSource source =
          Clustering.of(IntSource.class)
              .repClass(concurrency == Concurrency.EXCLUSIVE ? PlainIntSource.class : IntPart.class)
              .gather("get", Reduce.SUM)
              .concurrency(concurrency)
              .build()
              .create();
      AtomicLong added = new AtomicLong();
      Workers.run(
          8,
          t -> {
            // exclusive reps: two threads share each rep, through its guard
            DeclaredIdentity.declare(concurrency == Concurrency.EXCLUSIVE ? t % 4 : t);
            for (int i = 0; i < 20_000; i++) {
              source.add(1);
            }
            added.addAndGet(20_000);
          });
      assertEquals(8 * 20_000, added.get());
      assertEquals(8 * 20_000, source.get());
    }
  }

  @Test
  void aSupplierOfStringGathersItsInheritedGetWithACombiner() {
    Label label =
        Clustering.of(Label.class)
            .repClass(LabelPart.class)
            .gather("get", Concat.class)
            .build()
            .create();
    for (int p = 0; p < PROCESSORS; p++) {
      DeclaredIdentity.declare(p);
      label.append("[" + p + "]");
    }
    String joined = label.get();
    assertEquals("[0][1][2][3]", joined);
  }

  @Test
  void aFunctionsInheritedApplyRunsOnTheRootsResolvedMethod() {
    Lengths lengths =
        Clustering.of(Lengths.class)
            .root(LengthsRoot.class, reps -> new LengthsRoot())
            .repClass(LengthsPart.class)
            .onRoot("apply")
            .build()
            .create();
    for (int p = 0; p < PROCESSORS; p++) {
      DeclaredIdentity.declare(p);
      Integer length = lengths.apply("abc");
      assertEquals(3, length);
      assertEquals(0, lengths.total(), "the reps never apply it");
    }
    Function<String, Integer> function = lengths;
    assertEquals(2, function.apply("ab"));
  }
}
