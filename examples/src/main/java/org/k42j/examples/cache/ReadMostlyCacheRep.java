package org.k42j.examples.cache;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Rep;

/**
 * One processor's replica of a {@link ReadMostlyCache}.
 *
 * <p>Thread-safe rather than exclusive: on plain JVM threads several threads may share a processor
 * slot, and a guard would make their reads take turns. The replica is a {@link ConcurrentHashMap},
 * whose reads take no lock and write nothing, so concurrent gets on one replica proceed in
 * parallel.
 *
 * <p>Invariant (with {@link ReadMostlyCacheRoot}): whenever the root's lock is free, every entry of
 * {@code replica} equals the root's entry for its key ({@link #ABSENT} standing for no entry).
 * Only the root writes the replica, and only under its lock: it fills an entry from its own map,
 * and it removes the entry from every replica before releasing the lock after a write.
 */
@Rep(concurrency = Concurrency.THREAD_SAFE, root = ReadMostlyCacheRoot.class)
final class ReadMostlyCacheRep<K, V> extends ReadMostlyCache_RepBase<K, V>
    implements ReadMostlyCache<K, V> {
  /** Stands in the replica for a key the root's map does not hold. */
  static final Object ABSENT = new Object();

  final ConcurrentHashMap<K, Object> replica = new ConcurrentHashMap<>();

  @Override
  @SuppressWarnings("unchecked")
  public V get(K key) {
    Objects.requireNonNull(key, "key"); // the locked original's message, not the map's
    Object cached = replica.get(key);
    if (cached == null) {
      cached = root().fill(this, key);
    }
    return cached == ABSENT ? null : (V) cached;
  }

  // The dispatcher runs these on the root (@OnRoot); a rep holding only its replica delegates too.

  @Override
  public void put(K key, V value) {
    root().put(key, value);
  }

  @Override
  public void remove(K key) {
    root().remove(key);
  }

  @Override
  public int size() {
    return root().size();
  }
}
