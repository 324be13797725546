package org.k42j.runtime.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.Coid;
import org.k42j.runtime.StaleCoidException;

/**
 * The global translation table: COID index to root, with a generation per index (K42's GTT).
 *
 * <h2>Design</h2>
 *
 * <p>The table is a directory of fixed-size chunks, each allocated on first use, so it grows on
 * demand without copying and without a global lock: a chunk is published by compare-and-swap and
 * each slot is guarded by its own monitor. Indexes come from a bump counter and are reused from a
 * free queue once their object is destroyed or garbage-collected; every reuse bumps the slot's
 * generation, so a {@link Coid} that outlived its object resolves to {@link StaleCoidException}
 * instead of the slot's next tenant. The table holds roots weakly: a clustered object nobody
 * references is collected as any Java object would be, and its index comes back through a reference
 * queue.
 *
 * <p>Invariants: a slot's generation only grows; a slot holds a root only while that root's COID
 * carries the slot's current generation; an index is in the free queue at most once and only while
 * its slot holds no root. The table is off the hit path: only creation, destruction and {@code
 * resolve} touch it.
 */
final class CoidTable {
  private static final int CHUNK_BITS = 10;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int DIRECTORY = 1 << 16;
  private static final CoidTable GLOBAL = new CoidTable();

  private final AtomicReferenceArray<Slot[]> chunks = new AtomicReferenceArray<>(DIRECTORY);
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger live = new AtomicInteger();
  private final ConcurrentLinkedQueue<Integer> free = new ConcurrentLinkedQueue<>();
  private final ReferenceQueue<ClusterRoot<?, ?>> collected = new ReferenceQueue<>();

  /** The process-wide table. */
  static CoidTable global() {
    return GLOBAL;
  }

  /** Gives {@code root} a fresh COID. */
  Coid register(ClusterRoot<?, ?> root) {
    reclaimCollected();
    Integer reused = free.poll();
    int index = reused != null ? reused : next.getAndIncrement();
    if (index < 0 || index >= DIRECTORY * CHUNK) {
      throw new ClusteredObjectException(
          "the global translation table is full ("
              + DIRECTORY * CHUNK
              + " live clustered "
              + "objects); destroy objects you no longer use with ClusteredObjects.destroy");
    }
    Slot slot = slot(index);
    synchronized (slot) {
      slot.tenant = new Tenant(root, collected, index, slot.generation);
      live.incrementAndGet();
      return new Coid(index, slot.generation);
    }
  }

  /** Frees {@code coid}'s index for reuse under the next generation; idempotent. */
  void release(Coid coid) {
    Slot slot = slot(coid.index());
    synchronized (slot) {
      if (slot.generation != coid.generation() || slot.tenant == null) {
        return;
      }
      vacate(slot, coid.index());
    }
  }

  /** The root registered under {@code coid}. */
  ClusterRoot<?, ?> resolve(Coid coid) {
    if (coid.index() < 0 || coid.index() >= next.get()) {
      throw new StaleCoidException(coid, "nothing (no object ever held that index)");
    }
    Slot slot = slot(coid.index());
    synchronized (slot) {
      ClusterRoot<?, ?> root = slot.tenant == null ? null : slot.tenant.get();
      if (slot.generation != coid.generation() || root == null) {
        throw stale(coid, slot);
      }
      return root;
    }
  }

  /** Calls {@code action} on every root registered now (none under a slot's monitor). */
  void forEachRoot(Consumer<ClusterRoot<?, ?>> action) {
    for (int index = 0, end = Math.min(next.get(), DIRECTORY * CHUNK); index < end; index++) {
      Slot slot = slot(index);
      ClusterRoot<?, ?> root;
      synchronized (slot) {
        root = slot.tenant == null ? null : slot.tenant.get();
      }
      if (root != null) {
        action.accept(root);
      }
    }
  }

  /** How many COIDs are registered now. */
  int live() {
    reclaimCollected();
    return live.get();
  }

  private static StaleCoidException stale(Coid coid, Slot slot) {
    String now =
        slot.tenant == null || slot.tenant.get() == null
            ? "nothing"
            : "generation " + slot.generation;
    return new StaleCoidException(coid, now);
  }

  private void vacate(Slot slot, int index) {
    slot.tenant = null;
    slot.generation++;
    live.decrementAndGet();
    free.add(index);
  }

  private void reclaimCollected() {
    for (Object ref; (ref = collected.poll()) != null; ) {
      Tenant tenant = (Tenant) ref;
      Slot slot = slot(tenant.index);
      synchronized (slot) {
        if (slot.tenant == tenant) {
          vacate(slot, tenant.index);
        }
      }
    }
  }

  private Slot slot(int index) {
    int chunkIndex = index >>> CHUNK_BITS;
    Slot[] chunk = chunks.get(chunkIndex);
    if (chunk == null) {
      Slot[] fresh = new Slot[CHUNK];
      for (int i = 0; i < CHUNK; i++) {
        fresh[i] = new Slot();
      }
      chunk = chunks.compareAndExchange(chunkIndex, null, fresh);
      if (chunk == null) {
        chunk = fresh;
      }
    }
    return chunk[index & (CHUNK - 1)];
  }

  /** One entry of the table; guarded by its own monitor. */
  private static final class Slot {
    int generation;
    Tenant tenant;
  }

  /** A weak reference to the root holding a slot, enqueued when the root is collected. */
  private static final class Tenant extends WeakReference<ClusterRoot<?, ?>> {
    final int index;
    final int generation;

    Tenant(
        ClusterRoot<?, ?> root,
        ReferenceQueue<ClusterRoot<?, ?>> queue,
        int index,
        int generation) {
      super(root, queue);
      this.index = index;
      this.generation = generation;
    }
  }
}
