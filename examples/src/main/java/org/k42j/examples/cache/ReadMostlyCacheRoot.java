package org.k42j.examples.cache;

import org.k42j.annotations.Root;

/**
 * The root of a {@link ReadMostlyCache}: the {@link CacheStore} (authoritative map, write lock,
 * invalidation) every replica fills from, reaching the replicas through the reps created so far.
 */
@Root
public final class ReadMostlyCacheRoot<K, V> extends ReadMostlyCache_RootBase<K, V> {
  final CacheStore<K, V> store =
      new CacheStore<>(
          action -> {
            for (ReadMostlyCacheRep<K, V> rep : reps()) {
              action.accept(rep.replica);
            }
          });

  public ReadMostlyCacheRoot() {}

  /** Stores the entry and makes every replica forget the key. */
  public void put(K key, V value) {
    store.put(key, value);
  }

  /** Removes the entry and makes every replica forget the key. */
  public void remove(K key) {
    store.remove(key);
  }

  /** The number of entries stored. */
  public int size() {
    return store.size();
  }
}
