package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.k42j.runtime.internal.DispatcherBase;

/** The run-time writer on contract shapes beyond the plain case. */
class WriterShapesTest {
  @Test
  void aNarrowerReturnTypeInheritedMethodsAndDefaultsReachTheRep() {
    ClusteredType<Shapes.Source> type =
        Clustering.of(Shapes.Source.class).repClass(Shapes.Letters.class).build();
    Shapes.Source source = type.create();
    assertEquals("a", source.next());
    assertEquals("bc", source.twice()); // the default runs on the rep, calling its next()
    assertEquals(42, source.base()); // declared by a package-private superinterface
  }

  @Test
  void generatedClassesAreNamedAfterTheContractWithRuntimeBeforeTheRole() {
    ClusteredType<Counting> type =
        Clustering.of(Counting.class).repClass(PlainCounter.class).build();
    assertEquals(
        "org.k42j.runtime.clustering.Counting_RuntimeDispatcher", type.dispatcherClass().getName());
    assertTrue(DispatcherBase.class.isAssignableFrom(type.dispatcherClass()));
  }

  @Test
  void aContractInAJavaPackageGetsItsClassesUnderK42jsGeneratedPackage() {
    ClusteredType<java.util.function.LongSupplier> type =
        Clustering.of(java.util.function.LongSupplier.class).reps(() -> () -> 7L).build();
    assertEquals(7L, type.create().getAsLong());
    assertEquals(
        "org.k42j.runtime.clustering.generated.java.util.function.LongSupplier_RuntimeDispatcher",
        type.dispatcherClass().getName());
  }
}
