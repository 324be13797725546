package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.testing.Workers;

/**
 * The run-time path's guard under real contention: eight threads on the default identity (more
 * threads than processors on this machine, so threads share reps) increment a counter whose reps
 * are an unsynchronized existing class; the total must be exact.
 */
class RuntimeClusteringContentionTest {
  private static final int THREADS = 8;
  private static final int INCREMENTS = 1_000_000;

  @Test
  void exclusiveRepsOfAnUnsynchronizedClassCountExactlyUnderContention() throws Exception {
    exactUnderContention(UnsafeCounter.class, Concurrency.EXCLUSIVE);
  }

  @Test
  void threadSafeRepsCountExactlyUnderContention() throws Exception {
    exactUnderContention(PlainCounter.class, Concurrency.THREAD_SAFE);
  }

  private static void exactUnderContention(Class<?> repClass, Concurrency concurrency)
      throws Exception {
    Counting counter =
        Clustering.of(Counting.class)
            .repClass(repClass)
            .gather("count", Reduce.SUM)
            .concurrency(concurrency)
            .build()
            .create();
    Workers.run(
        THREADS,
        worker -> {
          for (int i = 0; i < INCREMENTS; i++) {
            counter.increment();
          }
        });
    assertEquals((long) THREADS * INCREMENTS, counter.count());
    assertTrue(ClusteredObjects.stats(counter).reps() >= 1);
  }
}
