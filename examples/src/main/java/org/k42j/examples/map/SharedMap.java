package org.k42j.examples.map;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.OnRoot;

/**
 * A {@link ConcurrentMap} as a clustered object, written as a Java developer writes a map: the
 * contract extends {@code ConcurrentMap} and says where each of its abstract methods runs. The
 * entries live in one {@code ConcurrentHashMap} on the root, so every processor sees every entry at
 * once; {@code equals}, {@code hashCode} and {@code toString} are the map's, redeclared
 * {@code @OnRoot} (left alone they would be the handle's identity). The interface's default methods
 * ({@code getOrDefault}, {@code computeIfAbsent}, {@code merge}, ...) are not redeclared: they run
 * their own bodies on the handle, over the routed {@code get}, {@code putIfAbsent}, {@code replace}
 * and {@code remove}, as on any {@code ConcurrentMap}.
 *
 * <p>Guava testlib's {@code MapTestSuiteBuilder} and {@code ConcurrentMapTestSuiteBuilder} run
 * against it in this module's tests.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
@ClusteredObject
public interface SharedMap<K, V> extends ConcurrentMap<K, V> {
  @OnRoot
  @Override
  int size();

  @OnRoot
  @Override
  boolean isEmpty();

  @OnRoot
  @Override
  boolean containsKey(Object key);

  @OnRoot
  @Override
  boolean containsValue(Object value);

  @OnRoot
  @Override
  V get(Object key);

  @OnRoot
  @Override
  V put(K key, V value);

  @OnRoot
  @Override
  V remove(Object key);

  @OnRoot
  @Override
  void putAll(Map<? extends K, ? extends V> entries);

  @OnRoot
  @Override
  void clear();

  @OnRoot
  @Override
  Set<K> keySet();

  @OnRoot
  @Override
  Collection<V> values();

  @OnRoot
  @Override
  Set<Map.Entry<K, V>> entrySet();

  @OnRoot
  @Override
  V putIfAbsent(K key, V value);

  @OnRoot
  @Override
  boolean remove(Object key, Object value);

  @OnRoot
  @Override
  boolean replace(K key, V oldValue, V newValue);

  @OnRoot
  @Override
  V replace(K key, V value);

  /** The map's equality: same entries as {@code other}, any {@link Map}. */
  @OnRoot
  @Override
  boolean equals(Object other);

  /** The map's hash: the sum of its entries' hashes. */
  @OnRoot
  @Override
  int hashCode();

  /** The entries, as {@code {k=v, ...}}. */
  @OnRoot
  @Override
  String toString();
}
