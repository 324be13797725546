package org.k42j.benchmarks;

import java.util.concurrent.ConcurrentHashMap;
import org.k42j.examples.cache.ReadMostlyCache;

/**
 * The baseline of the map benchmark: one {@link ConcurrentHashMap} behind the clustered cache's
 * interface, an ordinary (unclustered) implementation.
 */
final class ConcurrentHashMapCache<K, V> implements ReadMostlyCache<K, V> {
  private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();

  @Override
  public V get(K key) {
    return map.get(key);
  }

  @Override
  public void put(K key, V value) {
    map.put(key, value);
  }

  @Override
  public void remove(K key) {
    map.remove(key);
  }

  @Override
  public int size() {
    return map.size();
  }
}
