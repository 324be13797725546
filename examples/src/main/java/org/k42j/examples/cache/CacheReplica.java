package org.k42j.examples.cache;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.k42j.simmarks.ModeledLine;

/**
 * One processor's replica of a read-mostly cache, filled on demand from the {@link CacheStore}: the
 * rep of {@link RuntimeReadMostlyCache}, and what each rep of the annotated {@link ReadMostlyCache}
 * holds. Thread-safe: on plain JVM threads several threads may share a processor slot, and its
 * {@link ConcurrentHashMap} lets their reads proceed in parallel, with no lock and no write. Only
 * the store writes it, under its lock (see {@link CacheStore} for the invariant). Absent keys are
 * remembered as {@link #ABSENT}, so a replica holds at most one entry per key it was asked for.
 */
public final class CacheReplica<K, V> implements KeyValueCache<K, V> {
  /** Stands in the replica for a key the store does not hold. */
  static final Object ABSENT = new Object();

  final ConcurrentHashMap<K, Object> replica = new ConcurrentHashMap<>();

  /**
   * The replica's map for the NUMA simulation: read by gets, written by fills and invalidations.
   */
  final ModeledLine line = new ModeledLine();

  private final CacheStore<K, V> store;

  /** An empty replica filling from {@code store}. */
  public CacheReplica(CacheStore<K, V> store) {
    this.store = store;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(K key) {
    Objects.requireNonNull(key, "key"); // the locked original's message, not the map's
    line.read();
    Object cached = replica.get(key);
    if (cached == null) {
      cached = store.fill(this, key);
    }
    return cached == ABSENT ? null : (V) cached;
  }

  // Writes go to the store (the clustered forms route them there before reaching a replica).

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
