package org.k42j.examples.cache;

import org.k42j.annotations.Concurrency;
import org.k42j.runtime.clustering.ClusteredType;
import org.k42j.runtime.clustering.Clustering;

/**
 * The read-mostly cache clustered at run time: one {@link CacheReplica} per processor, writes on
 * the root object ({@link CacheStore}), which invalidates the key in every replica. The same design
 * as the annotated {@link ReadMostlyCache}, declared in code.
 */
public final class RuntimeReadMostlyCache {
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final ClusteredType<KeyValueCache> TYPE =
      Clustering.of(KeyValueCache.class)
          .root(CacheStore.class, CacheStore::over) // one store per cache, sees the replicas
          .repsWithRoot(store -> new CacheReplica(store)) // one replica per processor
          .onRoot("put") // writes go to the store, which invalidates
          .onRoot("remove")
          .onRoot("size")
          .concurrency(Concurrency.THREAD_SAFE) // replicas are read in parallel
          .build();

  private RuntimeReadMostlyCache() {}

  /** A new, empty clustered cache. */
  @SuppressWarnings("unchecked")
  public static <K, V> KeyValueCache<K, V> create() {
    return TYPE.create();
  }
}
