package org.k42j.benchmarks;

import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.examples.cache.CacheReplica;
import org.k42j.examples.cache.CacheStore;
import org.k42j.examples.cache.KeyValueCache;
import org.k42j.examples.cache.LockedCache;
import org.k42j.examples.cache.ReadMostlyCache_Factory;
import org.k42j.runtime.clustering.ClusteredType;
import org.k42j.runtime.clustering.Clustering;

/**
 * The read-mostly cache: a call is a get of one of {@value PortedServicesBenchmark#KEYS} keys, or a
 * put of the key's own value once every {@value PortedServicesBenchmark#WRITE_PERIOD} calls (as in
 * {@link PortedServicesBenchmark}); every key still maps to itself afterwards.
 *
 * <p>The examples' port ({@code ReadMostlyCache}) has thread-safe reps; the exclusive and adaptive
 * forms are the same design (a replica per processor over the root's store) declared at run time
 * with exclusive reps.
 */
final class CacheLoad implements ServiceLoad {
  private final ServiceForm form;
  private final KeyValueCache<Integer, Integer> cache;
  private final Integer[] keys = new Integer[PortedServicesBenchmark.KEYS];

  @SuppressWarnings("unchecked")
  CacheLoad(ServiceForm form) {
    this.form = form;
    ReadMostlyMapBenchmark.polluteMapProfiles();
    switch (form) {
      case LOCKED:
        cache = new LockedCache<>();
        break;
      case EXCLUSIVE:
        cache = declaration(Policy.PER_PROCESSOR).create();
        break;
      case THREAD_SAFE:
        cache = ReadMostlyCache_Factory.create();
        break;
      case ADAPTIVE:
        cache = declaration(Policy.ADAPTIVE).create();
        break;
      default:
        throw ServiceLoad.noSuchForm("cache", form);
    }
    for (int i = 0; i < keys.length; i++) {
      keys[i] = i;
      cache.put(keys[i], keys[i]);
    }
  }

  /** The examples' run-time cache with exclusive reps, one per slot of {@code policy}. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static ClusteredType<KeyValueCache> declaration(Policy policy) {
    return Clustering.of(KeyValueCache.class)
        .root(CacheStore.class, CacheStore::over)
        .repsWithRoot(store -> new CacheReplica(store))
        .onRoot("put")
        .onRoot("remove")
        .onRoot("size")
        .policy(policy)
        .concurrency(Concurrency.EXCLUSIVE)
        .build();
  }

  @Override
  public Callers.Caller caller(int index) {
    return new Callers.Caller() {
      private int next = index & (PortedServicesBenchmark.KEYS - 1);
      private int tick = index;

      @Override
      public void call() {
        next = (next + 7) & (PortedServicesBenchmark.KEYS - 1);
        Integer key = keys[next];
        if (++tick % PortedServicesBenchmark.WRITE_PERIOD == 0) {
          cache.put(key, key);
        } else if (cache.get(key) != key) {
          throw new IllegalStateException("cache lost key " + key);
        }
      }
    };
  }

  @Override
  public void check(long calls) {
    ServiceLoad.expect("cache size", keys.length, cache.size());
    for (Integer key : keys) {
      ServiceLoad.expect("cache value of " + key, key, cache.get(key));
    }
  }

  @Override
  public void close() {
    ServiceLoad.dispose(form, cache);
  }
}
