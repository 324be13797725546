package org.k42j.examples.map;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.k42j.annotations.Root;

/**
 * The entries of a {@link SharedMap}: one {@link ConcurrentHashMap} every processor uses, so the
 * map's atomic operations are the {@code ConcurrentHashMap}'s.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
@Root
public final class SharedMapRoot<K, V> extends SharedMap_RootBase<K, V> {
  private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();

  /**
   * The entry view a {@link Map} promises: removal, iteration with removal and {@code setValue}
   * write through, but nothing can be added ({@code ConcurrentHashMap}'s own entry set accepts
   * {@code add}, which {@code Map.entrySet()} does not).
   */
  private final Set<Map.Entry<K, V>> entrySet =
      new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
          return entries.entrySet().iterator();
        }

        @Override
        public int size() {
          return entries.size();
        }

        @Override
        public boolean contains(Object entry) {
          return entries.entrySet().contains(entry);
        }

        @Override
        public boolean remove(Object entry) {
          return entries.entrySet().remove(entry);
        }

        @Override
        public void clear() {
          entries.clear();
        }
      };

  public SharedMapRoot() {}

  public int size() {
    return entries.size();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public boolean containsKey(Object key) {
    return entries.containsKey(key);
  }

  public boolean containsValue(Object value) {
    return entries.containsValue(value);
  }

  public V get(Object key) {
    return entries.get(key);
  }

  public V put(K key, V value) {
    return entries.put(key, value);
  }

  public V remove(Object key) {
    return entries.remove(key);
  }

  public void putAll(Map<? extends K, ? extends V> added) {
    entries.putAll(added);
  }

  public void clear() {
    entries.clear();
  }

  public Set<K> keySet() {
    return entries.keySet();
  }

  public Collection<V> values() {
    return entries.values();
  }

  public Set<Map.Entry<K, V>> entrySet() {
    return entrySet;
  }

  public V putIfAbsent(K key, V value) {
    return entries.putIfAbsent(key, value);
  }

  public boolean remove(Object key, Object value) {
    return entries.remove(key, value);
  }

  public boolean replace(K key, V oldValue, V newValue) {
    return entries.replace(key, oldValue, newValue);
  }

  public V replace(K key, V value) {
    return entries.replace(key, value);
  }

  /** Map equality with {@code other}, which is the handle or any other map. */
  @Override
  public boolean equals(Object other) {
    return entries.equals(other);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return entries.toString();
  }
}
