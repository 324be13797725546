package org.k42j.examples.cache;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.ProcessorIdentity;
import org.k42j.runtime.spi.UniformTopology;

/**
 * Lincheck's model checker explores interleavings of {@code get}, {@code put} and {@code remove}
 * on two keys, with Lincheck's threads on two processors (two replicas), and checks every outcome
 * against a sequential map. Bounded so the check takes seconds.
 */
class ReadMostlyCacheLincheckTest {
  @Test
  void getPutAndRemoveAreLinearizable() {
    Processors.Installation previous =
        Processors.install(new ThreadParityIdentity(), UniformTopology.single());
    try {
      new ModelCheckingOptions()
          .iterations(3)
          .invocationsPerIteration(30)
          .threads(2)
          .actorsPerThread(3)
          .check(CacheOperations.class);
    } finally {
      previous.close();
    }
  }

  /** Two processors by thread-id parity, never moved (see the counter's Lincheck test). */
  private static final class ThreadParityIdentity implements ProcessorIdentity {
    @Override
    public int count() {
      return 2;
    }

    @Override
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+
    public int current() {
      return (int) (Thread.currentThread().getId() & 1);
    }
  }

  /** The operations Lincheck runs on a fresh cache per invocation. */
  @Param(name = "key", gen = IntGen.class, conf = "1:2")
  @Param(name = "value", gen = IntGen.class, conf = "1:3")
  public static class CacheOperations {
    private final ReadMostlyCache<Integer, Integer> cache = ReadMostlyCache_Factory.create();

    @Operation
    public Integer get(@Param(name = "key") int key) {
      return cache.get(key);
    }

    @Operation
    public void put(@Param(name = "key") int key, @Param(name = "value") int value) {
      cache.put(key, value);
    }

    @Operation
    public void remove(@Param(name = "key") int key) {
      cache.remove(key);
    }
  }
}
