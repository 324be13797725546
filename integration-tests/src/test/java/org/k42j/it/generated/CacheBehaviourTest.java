package org.k42j.it.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.k42j.processor.testing.LoadedClasses;
import org.k42j.processor.testing.PinnedIdentity;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;

/** The generated generic cache (thread-safe reps, combiner gathers), loaded and called. */
class CacheBehaviourTest {
  private static final String CACHE = "sample.cache.Cache";

  private static final LoadedClasses loaded =
      LoadedClasses.on(CacheBehaviourTest.class.getClassLoader());

  private static Object on(int processor, Object cache, String method, Object... arguments)
      throws Exception {
    return PinnedIdentity.on(
        processor, () -> loaded.callUnchecked(CACHE, cache, method, arguments));
  }

  @Test
  void putOnOneProcessorIsFoundFromAnother() throws Exception {
    try (Processors.Installation machine = PinnedIdentity.install(3)) {
      Object cache = loaded.callStaticUnchecked("sample.cache.Cache_Factory", "create");
      on(0, cache, "put", "alpha", 1);
      on(1, cache, "put", "beta", 2);
      assertEquals(1, on(0, cache, "get", "alpha"));
      assertEquals(1, on(1, cache, "get", "alpha"));
      assertEquals(2, on(2, cache, "get", "beta"));
      assertNull(on(2, cache, "get", "gamma"));
      Function<Object, String> describe = value -> "value " + value;
      assertEquals("value 2", on(0, cache, "apply", "beta", describe));
    }
  }

  @Test
  void gathersFoldEveryRepThroughCombinersAndBroadcastClearsThemAll() throws Exception {
    try (Processors.Installation machine = PinnedIdentity.install(3)) {
      Object cache = loaded.callStaticUnchecked("sample.cache.Cache_Factory", "create");
      assertEquals(Set.of(), loaded.callUnchecked(CACHE, cache, "keys"));
      assertEquals("", loaded.callUnchecked(CACHE, cache, "longestValue"));
      on(0, cache, "put", "b", "two");
      on(1, cache, "put", "a", "three");
      on(2, cache, "put", "c", "one");
      on(2, cache, "put", "d", "eleven");
      assertEquals(3, ClusteredObjects.stats(cache).reps());
      assertEquals(4, loaded.callUnchecked(CACHE, cache, "size"));
      assertEquals(Set.of("a", "b", "c", "d"), loaded.callUnchecked(CACHE, cache, "keys"));
      assertEquals("eleven", loaded.callUnchecked(CACHE, cache, "longestValue"));
      assertEquals(">eleven", loaded.callUnchecked(CACHE, cache, "longestWithPrefix", ">"));
      loaded.callUnchecked(CACHE, cache, "clear");
      assertEquals(0, loaded.callUnchecked(CACHE, cache, "size"));
      assertEquals(Set.of(), loaded.callUnchecked(CACHE, cache, "keys"));
    }
  }

  @Test
  void threadSafeRepsSitInTheRowUnguarded() throws Exception {
    try (Processors.Installation machine = PinnedIdentity.install(2)) {
      Object cache = loaded.callStaticUnchecked("sample.cache.Cache_Factory", "create");
      on(1, cache, "put", "k", "v");
      Object root = org.k42j.runtime.internal.DispatcherBase.rootOf(cache);
      Object entry =
          org.k42j.runtime.internal.RootCore.of((org.k42j.runtime.internal.ClusterRoot<?, ?>) root)
              .entryAt(1);
      assertSame(loaded.type("sample.cache.CacheRep"), entry.getClass());
    }
  }

  @Test
  void genericPublicContractIsCreatedThroughItsServiceEntry() {
    Object cache = ClusteredObjects.create(loaded.type(CACHE));
    loaded.callUnchecked(CACHE, cache, "put", "key", 7);
    assertEquals(7, loaded.callUnchecked(CACHE, cache, "get", "key"));
  }
}
