package org.k42j.examples.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.k42j.annotations.Root;

/**
 * The root of a {@link ReadMostlyCache}: the authoritative map and the one lock that orders writes
 * against replica fills.
 *
 * <p>Invariants: {@code store} is read and written only under {@code lock}; every write to any
 * replica happens under {@code lock}; a write to {@code store} removes the key from every replica
 * before the lock is released. A replica that a rep creation adds while a write runs is empty, and
 * it fills under the same lock, so it cannot take the old value.
 */
@Root
public final class ReadMostlyCacheRoot<K, V> extends ReadMostlyCache_RootBase<K, V> {
  private final Object lock = new Object();
  private final Map<K, V> store = new HashMap<>();

  public ReadMostlyCacheRoot() {}

  /** Copies the root's entry for {@code key} into {@code rep}'s replica and returns it. */
  Object fill(ReadMostlyCacheRep<K, V> rep, K key) {
    Objects.requireNonNull(key, "key");
    synchronized (lock) {
      V value = store.get(key);
      Object entry = value == null ? ReadMostlyCacheRep.ABSENT : value;
      rep.replica.put(key, entry);
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

  private void invalidate(K key) {
    for (ReadMostlyCacheRep<K, V> rep : reps()) {
      rep.replica.remove(key);
    }
  }
}
