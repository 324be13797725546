package org.k42j.examples.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.k42j.simmarks.ModeledLine;
import org.k42j.simmarks.ModeledLock;

/**
 * The original cache: one map behind one lock. Every read from every thread takes the monitor, so
 * reads, which need no coordination among themselves, queue behind each other.
 *
 * <p>Invariant: {@code map} is touched only while holding {@code this}.
 *
 * <p>The monitor and the map are marked for the NUMA simulation ({@link ModeledLock}, {@link
 * ModeledLine}); outside a simulation the marks compile to nothing.
 */
public final class LockedCache<K, V> implements KeyValueCache<K, V> {
  private final Map<K, V> map = new HashMap<>();
  private final ModeledLock monitor = new ModeledLock();
  private final ModeledLine entries = new ModeledLine(); // the map's table and entries

  @Override
  public synchronized V get(K key) {
    Objects.requireNonNull(key, "key");
    monitor.acquire();
    try {
      entries.read();
      return map.get(key);
    } finally {
      monitor.release();
    }
  }

  @Override
  public synchronized void put(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    monitor.acquire();
    try {
      entries.write();
      map.put(key, value);
    } finally {
      monitor.release();
    }
  }

  @Override
  public synchronized void remove(K key) {
    Objects.requireNonNull(key, "key");
    monitor.acquire();
    try {
      entries.write();
      map.remove(key);
    } finally {
      monitor.release();
    }
  }

  @Override
  public synchronized int size() {
    monitor.acquire();
    try {
      entries.read();
      return map.size();
    } finally {
      monitor.release();
    }
  }
}
