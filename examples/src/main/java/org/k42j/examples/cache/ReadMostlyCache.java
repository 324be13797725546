package org.k42j.examples.cache;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.OnRoot;

/**
 * A read-mostly map as a clustered object: each processor reads its own replica, and the rare
 * writes go to the root, which holds the authoritative map and invalidates the key in every
 * replica. A replica fills itself on demand: the first {@code get} of a key on a processor copies
 * the root's entry (or its absence) into that processor's replica.
 *
 * <pre>{@code
 * ReadMostlyCache<String, Route> routes = ReadMostlyCache_Factory.create();
 * routes.put("/items", itemsRoute);       // root: store, then invalidate every replica
 * Route route = routes.get("/items");     // the calling processor's replica: no lock, no write
 * }</pre>
 *
 * <p>{@code get}, {@code put} and {@code remove} are linearizable: a {@code get} that starts after
 * a {@code put} returned sees that value (or a later one) on every processor, because the put
 * returns only after every replica has dropped the old one, and a replica refills under the same
 * lock the put holds. Gets never take a lock once their replica holds the key; a get of a key the
 * replica lacks takes the root's lock once. Absent keys are remembered as absent, so each replica
 * holds at most one entry per key it has been asked for.
 *
 * <p>This is the shape to reach for when reads vastly outnumber writes: every write costs a lock
 * and a visit to every replica, and each replica refills the keys it reads again.
 *
 * @param <K> the key type; keys must not be null and must have a consistent {@code hashCode}
 * @param <V> the value type; values must not be null
 */
@ClusteredObject
public interface ReadMostlyCache<K, V> extends KeyValueCache<K, V> {
  /**
   * The value stored under {@code key}, or null when there is none; read from this processor's
   * replica.
   */
  @Override
  V get(K key);

  /** Stores {@code value} under {@code key}; every replica forgets its copy of the key. */
  @Override
  @OnRoot
  void put(K key, V value);

  /** Removes {@code key}; every replica forgets its copy of the key. */
  @Override
  @OnRoot
  void remove(K key);

  /** The number of keys stored (in the root's map). */
  @Override
  @OnRoot
  int size();
}
