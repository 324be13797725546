package org.k42j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.k42j.examples.cache.ReadMostlyCache;
import org.k42j.examples.cache.ReadMostlyCache_Factory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A read-mostly map shared by every thread: {@link java.util.concurrent.ConcurrentHashMap} against
 * the clustered {@link ReadMostlyCache} example. {@code readOnly} only gets; {@code readMostly}
 * puts once every {@value #WRITE_PERIOD} operations. Keys and values are boxed once, in setup, so
 * neither variant allocates for them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReadMostlyMapBenchmark {
  static final int KEYS = 1024;
  static final int WRITE_PERIOD = 64;

  /** The map, filled with every key. */
  @State(Scope.Benchmark)
  public static class Shared {
    @Param({"concurrent-hash-map", "clustered-cache"})
    public String impl;

    ReadMostlyCache<Integer, Integer> map;
    final Integer[] keys = new Integer[KEYS];

    @Setup
    public void fill() {
      polluteMapProfiles();
      map =
          impl.equals("clustered-cache")
              ? ReadMostlyCache_Factory.create()
              : new ConcurrentHashMapCache<>();
      for (int i = 0; i < KEYS; i++) {
        keys[i] = i;
        map.put(keys[i], keys[i]);
      }
    }
  }

  /**
   * Calls {@code ConcurrentHashMap.get} and {@code put} with keys of several classes, so that in
   * both variants' JVMs the key's {@code hashCode} and {@code equals} are megamorphic calls there,
   * as in any application with more than one map. Without this the baseline's JVM, which loads
   * nothing else, sees only {@code Integer} keys, while the clustered cache's JVM has already used
   * the same method with other keys (the runtime's method-handle set-up does), and the comparison
   * would measure the JIT's type profile instead of the two designs.
   */
  static void polluteMapProfiles() {
    java.util.concurrent.ConcurrentHashMap<Object, Object> scratch =
        new java.util.concurrent.ConcurrentHashMap<>();
    Object[] keys = {"a", 1L, 1, 'c', 1.0, java.util.List.of(1), new Object()};
    for (int round = 0; round < 20_000; round++) {
      for (Object key : keys) {
        scratch.put(key, key);
        scratch.get(key);
      }
    }
  }

  /** Per thread: the position in the key sequence, a stride that differs between threads. */
  @State(Scope.Thread)
  public static class PerThread {
    int next;
    int tick;

    Integer key(Shared shared) {
      next = (next + 7) & (KEYS - 1);
      return shared.keys[next];
    }
  }

  @Benchmark
  public Integer readOnly(Shared shared, PerThread thread) {
    return shared.map.get(thread.key(shared));
  }

  @Benchmark
  public Integer readMostly(Shared shared, PerThread thread) {
    Integer key = thread.key(shared);
    if (++thread.tick % WRITE_PERIOD == 0) {
      shared.map.put(key, key);
      return key;
    }
    return shared.map.get(key);
  }
}
