package org.k42j.examples.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.examples.SideBySide;
import org.k42j.runtime.ClusteredObjects;

/**
 * The three forms of the read-mostly cache answer alike: the same reads and writes, from four
 * processors, return the same values at every step, so a write on one processor is seen by the next
 * read on every other (the clustered forms invalidate through their root).
 */
class PortedCacheEquivalenceTest {
  private static final int PROCESSORS = 4;

  private SideBySide<KeyValueCache<String, String>> forms;

  @BeforeEach
  void threeForms() throws Exception {
    forms =
        new SideBySide<KeyValueCache<String, String>>(PROCESSORS)
            .form("locked", new LockedCache<>())
            .form("run-time clustered", RuntimeReadMostlyCache.create())
            .form("annotation clustered", ReadMostlyCache_Factory.create());
  }

  @AfterEach
  void stop() {
    forms.close();
  }

  private Object on(int processor, Function<KeyValueCache<String, String>, Object> operation)
      throws Exception {
    return forms.same(processor, operation, "on processor " + processor).result();
  }

  @Test
  void aWriteOnOneProcessorIsReadOnEveryOther() throws Exception {
    for (int p = 0; p < PROCESSORS; p++) {
      assertNull(on(p, c -> c.get("/items")));
    }
    on(1, c -> put(c, "/items", "v1"));
    for (int p = 0; p < PROCESSORS; p++) {
      assertEquals("v1", on(p, c -> c.get("/items")));
    }
    on(3, c -> put(c, "/items", "v2"));
    for (int p = 0; p < PROCESSORS; p++) {
      assertEquals("v2", on(p, c -> c.get("/items")));
    }
    on(0, c -> remove(c, "/items"));
    for (int p = 0; p < PROCESSORS; p++) {
      assertNull(on(p, c -> c.get("/items")));
    }
    assertEquals(0, on(2, KeyValueCache::size));
    for (var form : forms.forms().entrySet()) {
      if (!(form.getValue() instanceof LockedCache)) {
        assertEquals(PROCESSORS, ClusteredObjects.stats(form.getValue()).reps(), form.getKey());
      }
    }
  }

  @Test
  void nullKeysAndValuesFailAlike() throws Exception {
    assertEquals(NullPointerException.class, forms.same(0, c -> put(c, null, "v"), "").thrown());
    assertEquals(NullPointerException.class, forms.same(1, c -> put(c, "k", null), "").thrown());
    assertEquals(NullPointerException.class, forms.same(2, c -> c.get(null), "").thrown());
  }

  @Test
  void seededRandomMixesGiveTheSameAnswersAtEveryStep() throws Exception {
    for (long seed : new long[] {3, 1_234, 55_555_555}) {
      stop();
      threeForms();
      Random random = new Random(seed);
      for (int i = 0; i < 3_000; i++) {
        int processor = random.nextInt(PROCESSORS);
        String key = "k" + random.nextInt(12);
        int choice = random.nextInt(100);
        Function<KeyValueCache<String, String>, Object> operation;
        if (choice < 75) {
          operation = c -> c.get(key);
        } else if (choice < 88) {
          String value = "v" + i;
          operation = c -> put(c, key, value);
        } else if (choice < 96) {
          operation = c -> remove(c, key);
        } else {
          operation = KeyValueCache::size;
        }
        forms.same(processor, operation, "seed " + seed + ", step " + i);
      }
    }
  }

  private static Object put(KeyValueCache<String, String> cache, String key, String value) {
    cache.put(key, value);
    return null;
  }

  private static Object remove(KeyValueCache<String, String> cache, String key) {
    cache.remove(key);
    return null;
  }
}
