package org.k42j.examples.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.k42j.runtime.clustering.RepSet;

/**
 * The root object of a {@link RuntimeReadMostlyCache}: the authoritative map, the lock that orders
 * writes against replica fills, and the rep set through which a write invalidates every replica.
 * The run-time counterpart of {@link ReadMostlyCacheRoot}.
 *
 * <p>Invariants: {@code store} is read and written only under {@code lock}; every write to any
 * replica happens under {@code lock}; a write to {@code store} removes the key from every replica
 * before the lock is released. A replica created while a write runs is empty and fills under the
 * same lock, so it cannot take the old value.
 */
public final class CacheStore<K, V> {
  private final Object lock = new Object();
  private final Map<K, V> store = new HashMap<>();
  private final RepSet<?> reps;

  /** The store of one cache, reaching its replicas through {@code reps}. */
  public CacheStore(RepSet<?> reps) {
    this.reps = reps;
  }

  /** Copies the entry for {@code key} into {@code replica} and returns it. */
  Object fill(CacheReplica<K, V> replica, K key) {
    Objects.requireNonNull(key, "key");
    synchronized (lock) {
      V value = store.get(key);
      Object entry = value == null ? CacheReplica.ABSENT : value;
      replica.replica.put(key, entry);
      return entry;
    }
  }

  /** Stores the entry and makes every replica forget the key. */
  public void put(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    synchronized (lock) {
      store.put(key, value);
      invalidate(key);
    }
  }

  /** Removes the entry and makes every replica forget the key. */
  public void remove(K key) {
    Objects.requireNonNull(key, "key");
    synchronized (lock) {
      store.remove(key);
      invalidate(key);
    }
  }

  /** The number of entries stored. */
  public int size() {
    synchronized (lock) {
      return store.size();
    }
  }

  @SuppressWarnings("rawtypes")
  private void invalidate(K key) {
    for (CacheReplica replica : reps.reps(CacheReplica.class)) {
      replica.replica.remove(key);
    }
  }
}
