package org.k42j.examples.cache;

import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Rep;

/**
 * One processor's part of a {@link ReadMostlyCache}: its {@link CacheReplica}, filled from the
 * root's {@link CacheStore}.
 *
 * <p>Thread-safe rather than exclusive: on plain JVM threads several threads may share a processor
 * slot, and a guard would make their reads take turns; the replica's reads take no lock and write
 * nothing, so concurrent gets on one replica proceed in parallel.
 */
@Rep(concurrency = Concurrency.THREAD_SAFE, root = ReadMostlyCacheRoot.class)
final class ReadMostlyCacheRep<K, V> implements ReadMostlyCache<K, V> {
  final CacheReplica<K, V> replica;

  ReadMostlyCacheRep(ReadMostlyCacheRoot<K, V> root) {
    this.replica = new CacheReplica<>(root.store);
  }

  @Override
  public V get(K key) {
    return replica.get(key);
  }

  // The dispatcher runs these on the root (@OnRoot); the replica delegates to the store too.

  @Override
  public void put(K key, V value) {
    replica.put(key, value);
  }

  @Override
  public void remove(K key) {
    replica.remove(key);
  }

  @Override
  public int size() {
    return replica.size();
  }
}
