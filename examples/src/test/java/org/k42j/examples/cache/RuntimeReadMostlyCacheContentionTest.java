package org.k42j.examples.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.k42j.examples.ParallelRun;

/**
 * The run-time clustered cache under the load {@link ReadMostlyCacheContentionTest} puts on the
 * annotated one: eight threads, a million operations each, each thread writing its own key with
 * increasing values and reading every key. Linearizability implies what is checked: a thread reads
 * back its own latest write, never sees another writer's key go backwards, always sees the keys
 * nobody writes unchanged, and at the end every key holds its writer's last value.
 */
class RuntimeReadMostlyCacheContentionTest {
  private static final int THREADS = 8;
  private static final int OPERATIONS = 1_000_000;
  private static final int FIXED_KEYS = 56;
  private static final int WRITE_EVERY = 8;

  @Test
  void eightThreadsOfAMillionOperationsSeeOnlyLinearizableValues() throws Exception {
    KeyValueCache<Integer, Long> cache = RuntimeReadMostlyCache.create();
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
