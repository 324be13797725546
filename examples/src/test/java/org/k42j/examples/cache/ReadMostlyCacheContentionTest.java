package org.k42j.examples.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.k42j.examples.ParallelRun;

/**
 * Eight threads, a million operations each, on one cache under the default processor identity
 * (threads sharing replicas), for each form of the cache (annotated, run-time clustered, locked):
 * each thread writes its own key with increasing values and reads every key. Linearizability
 * implies what is checked: a thread reads back its own latest write, never sees another writer's
 * key go backwards, always sees the keys nobody writes unchanged, and at the end every key holds
 * its writer's last value.
 */
class ReadMostlyCacheContentionTest {
  private static final int THREADS = 8;
  private static final int OPERATIONS = 1_000_000;
  private static final int FIXED_KEYS = 56;
  private static final int WRITE_EVERY = 8;

  @Test
  void eightThreadsOfAMillionOperationsSeeOnlyLinearizableValues() throws Exception {
    linearizableUnderContention(ReadMostlyCache_Factory.create());
  }

  @Test
  void theRunTimeClusteredCacheSeesOnlyLinearizableValues() throws Exception {
    linearizableUnderContention(RuntimeReadMostlyCache.create());
  }

  @Test
  void theLockedCacheSeesOnlyLinearizableValues() throws Exception {
    linearizableUnderContention(new LockedCache<>());
  }

  private static void linearizableUnderContention(KeyValueCache<Integer, Long> cache)
      throws Exception {
    for (int key = THREADS; key < THREADS + FIXED_KEYS; key++) {
      cache.put(key, (long) -key);
    }
    for (int key = 0; key < THREADS; key++) {
      cache.put(key, 0L);
    }
    AtomicLong violations = new AtomicLong();
    long[] lastWritten = new long[THREADS];

    ParallelRun.timed(
        THREADS,
        thread -> {
          long written = 0;
          long[] seen = new long[THREADS];
          for (int op = 1; op <= OPERATIONS; op++) {
            if (op % WRITE_EVERY == 0) {
              cache.put(thread, ++written);
              if (cache.get(thread) != written) {
                violations.incrementAndGet();
              }
              continue;
            }
            int key = (op * 31 + thread) % (THREADS + FIXED_KEYS);
            long value = cache.get(key);
            if (key >= THREADS) {
              if (value != -key) {
                violations.incrementAndGet();
              }
            } else if (key == thread) {
              if (value != written) {
                violations.incrementAndGet();
              }
            } else {
              if (value < seen[key]) {
                violations.incrementAndGet();
              }
              seen[key] = value;
            }
          }
          lastWritten[thread] = written;
        });

    assertEquals(0, violations.get());
    for (int key = 0; key < THREADS; key++) {
      assertEquals(OPERATIONS / WRITE_EVERY, lastWritten[key]);
      assertEquals(lastWritten[key], cache.get(key));
    }
    assertEquals(THREADS + FIXED_KEYS, cache.size());
  }
}
