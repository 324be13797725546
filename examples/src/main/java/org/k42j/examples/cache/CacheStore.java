package org.k42j.examples.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.k42j.runtime.clustering.RepSet;
import org.k42j.simmarks.ModeledLine;
import org.k42j.simmarks.ModeledLock;

/**
 * The shared half of a read-mostly cache: the authoritative map, the lock that orders writes
 * against replica fills, and the way to every processor's {@link CacheReplica}, through which a
 * write invalidates the key everywhere. Both clustered forms keep one in their root: {@link
 * ReadMostlyCacheRoot} (annotations) and the root object of {@link RuntimeReadMostlyCache}.
 *
 * <p>Invariants: {@code store} is read and written only under {@code lock}; every write to any
 * replica happens under {@code lock}; a write to {@code store} removes the key from every replica
 * before the lock is released. A replica created while a write runs is empty and fills under the
 * same lock, so it cannot take the old value. Together: whenever the lock is free, every entry of
 * every replica equals the store's entry for its key.
 *
 * <p>The lock, the map and each replica's map are marked for the NUMA simulation ({@link
 * ModeledLock}, {@link ModeledLine}): a fill reads the store and writes the replica, a write writes
 * the store and every replica; outside a simulation the marks compile to nothing.
 */
public final class CacheStore<K, V> {
  private final Object lock = new Object();
  private final ModeledLock lockMark = new ModeledLock();
  private final ModeledLine storeLine = new ModeledLine(); // the authoritative map
  private final Map<K, V> store = new HashMap<>();
  private final Consumer<Consumer<CacheReplica<K, V>>> forEachReplica;

  /**
   * A store that reaches the replicas created so far through {@code forEachReplica}, which calls
   * its argument with each of them.
   */
  public CacheStore(Consumer<Consumer<CacheReplica<K, V>>> forEachReplica) {
    this.forEachReplica = forEachReplica;
  }

  /** The store of a run-time declaration, whose reps are the replicas. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <K, V> CacheStore<K, V> over(RepSet<?> reps) {
    return new CacheStore<>(
        action -> {
          for (CacheReplica replica : reps.reps(CacheReplica.class)) {
            action.accept(replica);
          }
        });
  }

  /** Copies the entry for {@code key} into {@code replica} and returns it. */
  Object fill(CacheReplica<K, V> replica, K key) {
    Objects.requireNonNull(key, "key");
    synchronized (lock) {
      lockMark.acquire();
      try {
        storeLine.read();
        V value = store.get(key);
        Object entry = value == null ? CacheReplica.ABSENT : value;
        replica.line.write();
        replica.replica.put(key, entry);
        return entry;
      } finally {
        lockMark.release();
      }
    }
  }

  /** Stores the entry and makes every replica forget the key. */
  public void put(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    synchronized (lock) {
      lockMark.acquire();
      try {
        storeLine.write();
        store.put(key, value);
        invalidate(key);
      } finally {
        lockMark.release();
      }
    }
  }

  /** Removes the entry and makes every replica forget the key. */
  public void remove(K key) {
    Objects.requireNonNull(key, "key");
    synchronized (lock) {
      lockMark.acquire();
      try {
        storeLine.write();
        store.remove(key);
        invalidate(key);
      } finally {
        lockMark.release();
      }
    }
  }

  /** The number of entries stored. */
  public int size() {
    synchronized (lock) {
      lockMark.acquire();
      try {
        storeLine.read();
        return store.size();
      } finally {
        lockMark.release();
      }
    }
  }

  private void invalidate(K key) {
    forEachReplica.accept(
        replica -> {
          replica.line.write();
          replica.replica.remove(key);
        });
  }
}
