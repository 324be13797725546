package org.k42j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.k42j.examples.cache.KeyValueCache;
import org.k42j.examples.cache.LockedCache;
import org.k42j.examples.cache.ReadMostlyCache_Factory;
import org.k42j.examples.cache.RuntimeReadMostlyCache;
import org.k42j.examples.ids.ClusteredIdAllocator_Factory;
import org.k42j.examples.ids.IdAllocator;
import org.k42j.examples.ids.LockedIdAllocator;
import org.k42j.examples.ids.RuntimeClusteredIdAllocator;
import org.k42j.examples.metrics.ClusteredMetrics_Factory;
import org.k42j.examples.metrics.LockedMetrics;
import org.k42j.examples.metrics.Metrics;
import org.k42j.examples.metrics.RuntimeClusteredMetrics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The three ported services of the examples, each in its three forms: {@code locked} (the original,
 * one lock), {@code run-time} (the original's class or plain classes clustered by a run-time
 * declaration) and {@code annotations} (the port to the annotations). Every thread runs the
 * service's hot operation on the one shared instance:
 *
 * <ul>
 *   <li>{@code metricsUpdate}: a counter increment or a latency sample, by turns, on 8 names;
 *   <li>{@code cacheReadMostly}: a get of one of 1024 keys, a put once every {@value #WRITE_PERIOD}
 *       operations;
 *   <li>{@code idAllocateRelease}: allocate an id and release the one allocated {@value #HELD}
 *       operations before (each thread holds {@value #HELD} ids).
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PortedServicesBenchmark {
  static final int KEYS = 1024;
  static final int WRITE_PERIOD = 64;
  static final int HELD = 16;
  static final String[] NAMES = {
    "http.requests", "http.errors", "db.calls", "db.errors",
    "cache.hits", "cache.misses", "queue.puts", "queue.takes"
  };

  /** The three services in the form under test. */
  @State(Scope.Benchmark)
  public static class Shared {
    @Param({"locked", "run-time", "annotations"})
    public String form;

    Metrics metrics;
    KeyValueCache<Integer, Integer> cache;
    IdAllocator ids;
    final Integer[] keys = new Integer[KEYS];

    @Setup
    public void create() {
      ReadMostlyMapBenchmark.polluteMapProfiles();
      switch (form) {
        case "locked" -> {
          metrics = new LockedMetrics();
          cache = new LockedCache<>();
          ids = new LockedIdAllocator();
        }
        case "run-time" -> {
          metrics = RuntimeClusteredMetrics.create();
          cache = RuntimeReadMostlyCache.create();
          ids = RuntimeClusteredIdAllocator.create();
        }
        case "annotations" -> {
          metrics = ClusteredMetrics_Factory.create();
          cache = ReadMostlyCache_Factory.create();
          ids = ClusteredIdAllocator_Factory.create();
        }
        default -> throw new IllegalArgumentException("no form " + form);
      }
      for (int i = 0; i < KEYS; i++) {
        keys[i] = i;
        cache.put(keys[i], keys[i]);
      }
    }
  }

  /** Per thread: positions in the name and key sequences, and the ids it holds. */
  @State(Scope.Thread)
  public static class PerThread {
    int tick;
    int next;
    final long[] held = new long[HELD];

    @Setup
    public void hold(Shared shared) {
      for (int i = 0; i < HELD; i++) {
        held[i] = shared.ids.allocate();
      }
    }
  }

  @Benchmark
  public void metricsUpdate(Shared shared, PerThread thread) {
    int tick = ++thread.tick;
    String name = NAMES[tick & 7];
    if ((tick & 8) == 0) {
      shared.metrics.count(name, 1);
    } else {
      shared.metrics.recordLatency(name, tick & 4095);
    }
  }

  @Benchmark
  public Integer cacheReadMostly(Shared shared, PerThread thread) {
    thread.next = (thread.next + 7) & (KEYS - 1);
    Integer key = shared.keys[thread.next];
    if (++thread.tick % WRITE_PERIOD == 0) {
      shared.cache.put(key, key);
      return key;
    }
    return shared.cache.get(key);
  }

  @Benchmark
  public long idAllocateRelease(Shared shared, PerThread thread) {
    int slot = ++thread.tick % HELD;
    shared.ids.release(thread.held[slot]);
    long id = shared.ids.allocate();
    thread.held[slot] = id;
    return id;
  }
}
