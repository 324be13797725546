package org.k42j.examples.cache;

/**
 * A key-value cache whose reads vastly outnumber its writes (routes, feature flags, configuration):
 * the plain interface all three forms implement: {@link LockedCache} (the original, one lock),
 * {@link RuntimeReadMostlyCache} (clustered at run time) and {@link ReadMostlyCache} (ported to the
 * annotations).
 *
 * <p>Every form is linearizable: a {@code get} that starts after a {@code put} or {@code remove}
 * returned sees it, on every processor.
 *
 * @param <K> the key type; keys must not be null
 * @param <V> the value type; values must not be null
 */
public interface KeyValueCache<K, V> {
  /** The value stored under {@code key}, or null when there is none. */
  V get(K key);

  /** Stores {@code value} under {@code key}. */
  void put(K key, V value);

  /** Removes {@code key}. */
  void remove(K key);

  /** The number of keys stored. */
  int size();
}
