package org.k42j.examples.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The original cache: one map behind one lock. Every read from every thread takes the monitor, so
 * reads, which need no coordination among themselves, queue behind each other.
 *
 * <p>Invariant: {@code map} is touched only while holding {@code this}.
 */
public final class LockedCache<K, V> implements KeyValueCache<K, V> {
  private final Map<K, V> map = new HashMap<>();

  @Override
  public synchronized V get(K key) {
    Objects.requireNonNull(key, "key");
    return map.get(key);
  }

  @Override
  public synchronized void put(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    map.put(key, value);
  }

  @Override
  public synchronized void remove(K key) {
    Objects.requireNonNull(key, "key");
    map.remove(key);
  }

  @Override
  public synchronized int size() {
    return map.size();
  }
}
