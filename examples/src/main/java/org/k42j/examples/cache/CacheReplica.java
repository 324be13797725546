package org.k42j.examples.cache;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One processor's replica in a {@link RuntimeReadMostlyCache}: a plain class the run-time
 * declaration makes one of per processor, from the {@link CacheStore}. Thread-safe (threads sharing
 * a processor slot read it in parallel); only the store writes it, under its lock.
 *
 * <p>Invariant (with {@link CacheStore}): whenever the store's lock is free, every entry of {@code
 * replica} equals the store's entry for its key ({@link #ABSENT} standing for none).
 */
public final class CacheReplica<K, V> implements KeyValueCache<K, V> {
  static final Object ABSENT = new Object();

  final ConcurrentHashMap<K, Object> replica = new ConcurrentHashMap<>();
  private final CacheStore<K, V> store;

  /** An empty replica filling from {@code store}. */
  public CacheReplica(CacheStore<K, V> store) {
    this.store = store;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(K key) {
    Objects.requireNonNull(key, "key"); // the locked original's message, not the map's
    Object cached = replica.get(key);
    if (cached == null) {
      cached = store.fill(this, key);
    }
    return cached == ABSENT ? null : (V) cached;
  }

  // The declaration runs these on the store; the replica delegates for completeness.

  @Override
  public void put(K key, V value) {
    store.put(key, value);
  }

  @Override
  public void remove(K key) {
    store.remove(key);
  }

  @Override
  public int size() {
    return store.size();
  }
}
