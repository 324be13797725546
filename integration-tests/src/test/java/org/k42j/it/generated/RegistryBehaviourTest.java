package org.k42j.it.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.k42j.processor.testing.LoadedClasses;
import org.k42j.processor.testing.PinnedIdentity;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.internal.DispatcherBase;

/** The generated registry (user root, on-root method, rep taking the root), loaded and called. */
class RegistryBehaviourTest {
  private static final String REGISTRY = "sample.registry.Registry";

  private static final LoadedClasses loaded =
      LoadedClasses.on(RegistryBehaviourTest.class.getClassLoader());

  private static Object idOf(int processor, Object registry, String name) throws Exception {
    return PinnedIdentity.on(
        processor, () -> loaded.callUnchecked(REGISTRY, registry, "idOf", name));
  }

  @Test
  void factoryCreatesTheUserRootAndRepsShareIt() throws Exception {
    // Four processors in two nodes: one rep per node, both constructed with the user root.
    try (Processors.Installation machine = PinnedIdentity.install(4, 2)) {
      Object registry = loaded.callStaticUnchecked("sample.registry.Registry_Factory", "create");
      assertSame(
          loaded.type("sample.registry.RegistryRoot"), DispatcherBase.rootOf(registry).getClass());
      long alpha = (long) idOf(0, registry, "alpha");
      assertEquals(alpha, idOf(3, registry, "alpha"));
      long beta = (long) idOf(2, registry, "beta");
      assertEquals(beta, idOf(1, registry, "beta"));
      assertEquals(2, ClusteredObjects.stats(registry).reps());
      assertNotEquals(alpha, beta);
    }
  }

  @Test
  void onRootMethodRunsOnTheUserRootAndGatherSumsEveryRep() throws Exception {
    try (Processors.Installation machine = PinnedIdentity.install(4, 2)) {
      Object registry = loaded.callStaticUnchecked("sample.registry.Registry_Factory", "create");
      assertEquals(0, loaded.callUnchecked(REGISTRY, registry, "registeredNames"));
      for (String name : new String[] {"a", "b", "c", "a", "b"}) {
        idOf(0, registry, name);
        idOf(2, registry, name);
      }
      assertEquals(3, loaded.callUnchecked(REGISTRY, registry, "registeredNames"));
      assertEquals(10L, loaded.callUnchecked(REGISTRY, registry, "lookups"));
    }
  }

  @Test
  void onRootMethodOfADestroyedRegistryFails() {
    Object registry = loaded.callStaticUnchecked("sample.registry.Registry_Factory", "create");
    ClusteredObjects.destroy(registry);
    assertThrows(
        ClusteredObjectDestroyedException.class,
        () -> loaded.call(REGISTRY, registry, "registeredNames"));
  }
}
