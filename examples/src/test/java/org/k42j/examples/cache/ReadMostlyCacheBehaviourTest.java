package org.k42j.examples.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.examples.OnProcessor;
import org.k42j.examples.PinnedIdentity;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.UniformTopology;

/** The cache on two pinned processors, so each test decides which replica serves each call. */
class ReadMostlyCacheBehaviourTest {
  private final PinnedIdentity identity = new PinnedIdentity(2);
  private Processors.Installation previous;
  private ReadMostlyCache<String, Integer> cache;

  @BeforeEach
  void installTwoProcessors() {
    previous = Processors.install(identity, UniformTopology.single());
    cache = ReadMostlyCache_Factory.create();
  }

  @AfterEach
  void restore() {
    ClusteredObjects.destroy(cache);
    previous.close();
  }

  private Integer getOn(int processor, String key) throws InterruptedException {
    AtomicReference<Integer> result = new AtomicReference<>();
    OnProcessor.run(identity, processor, () -> result.set(cache.get(key)));
    return result.get();
  }

  private void putOn(int processor, String key, int value) throws InterruptedException {
    OnProcessor.run(identity, processor, () -> cache.put(key, value));
  }

  @Test
  void getReturnsWhatPutStoredAndNullForAnAbsentKey() throws Exception {
    putOn(0, "a", 1);

    assertEquals(1, getOn(0, "a"));
    assertEquals(1, getOn(1, "a"));
    assertNull(getOn(1, "b"));
  }

  @Test
  void putIsSeenByAReplicaThatHeldTheOldValue() throws Exception {
    putOn(0, "a", 1);
    assertEquals(1, getOn(1, "a"));

    putOn(0, "a", 2);

    assertEquals(2, getOn(1, "a"));
    assertEquals(2, getOn(0, "a"));
  }

  @Test
  void keyRememberedAsAbsentIsSeenOnceItIsPut() throws Exception {
    assertNull(getOn(1, "a"));

    putOn(0, "a", 7);

    assertEquals(7, getOn(1, "a"));
  }

  @Test
  void removeIsSeenByEveryReplica() throws Exception {
    putOn(0, "a", 1);
    assertEquals(1, getOn(0, "a"));
    assertEquals(1, getOn(1, "a"));

    OnProcessor.run(identity, 1, () -> cache.remove("a"));

    assertNull(getOn(0, "a"));
    assertNull(getOn(1, "a"));
    assertEquals(0, cache.size());
  }

  @Test
  void eachProcessorGetsItsOwnReplicaAndSizeCountsStoredKeys() throws Exception {
    putOn(0, "a", 1);
    putOn(0, "b", 2);

    getOn(0, "a");
    getOn(1, "a");

    assertEquals(2, cache.size());
    assertEquals(2, ClusteredObjects.stats(cache).reps());
  }

  @Test
  void nullKeysAndValuesAreRefused() {
    assertThrows(NullPointerException.class, () -> cache.put(null, 1));
    assertThrows(NullPointerException.class, () -> cache.put("a", null));
    assertThrows(NullPointerException.class, () -> cache.get(null));
    assertThrows(NullPointerException.class, () -> cache.remove(null));
  }
}
