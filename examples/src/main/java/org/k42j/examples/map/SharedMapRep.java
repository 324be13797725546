package org.k42j.examples.map;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Rep;

/**
 * A processor's rep of a {@link SharedMap}: every method of the contract runs on the root, so the
 * rep only passes calls on (as the dispatcher does; a rep must implement the contract).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
@Rep(concurrency = Concurrency.THREAD_SAFE, root = SharedMapRoot.class)
public final class SharedMapRep<K, V> extends SharedMap_RepBase<K, V> implements SharedMap<K, V> {
  public SharedMapRep() {}

  @Override
  public int size() {
    return root().size();
  }

  @Override
  public boolean isEmpty() {
    return root().isEmpty();
  }

  @Override
  public boolean containsKey(Object key) {
    return root().containsKey(key);
  }

  @Override
  public boolean containsValue(Object value) {
    return root().containsValue(value);
  }

  @Override
  public V get(Object key) {
    return root().get(key);
  }

  @Override
  public V put(K key, V value) {
    return root().put(key, value);
  }

  @Override
  public V remove(Object key) {
    return root().remove(key);
  }

  @Override
  public void putAll(Map<? extends K, ? extends V> entries) {
    root().putAll(entries);
  }

  @Override
  public void clear() {
    root().clear();
  }

  @Override
  public Set<K> keySet() {
    return root().keySet();
  }

  @Override
  public Collection<V> values() {
    return root().values();
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return root().entrySet();
  }

  @Override
  public V putIfAbsent(K key, V value) {
    return root().putIfAbsent(key, value);
  }

  @Override
  public boolean remove(Object key, Object value) {
    return root().remove(key, value);
  }

  @Override
  public boolean replace(K key, V oldValue, V newValue) {
    return root().replace(key, oldValue, newValue);
  }

  @Override
  public V replace(K key, V value) {
    return root().replace(key, value);
  }
}
