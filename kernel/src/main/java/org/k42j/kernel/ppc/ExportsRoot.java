package org.k42j.kernel.ppc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.k42j.annotations.Root;

/**
 * The authoritative export table: slot {@code i} holds the object that handles with slot {@code i}
 * name and the slot's current generation. Exports, revocations, the processors' cache misses and
 * resolutions from plain threads go through it (the cold path); every processor's cache ({@link
 * ExportsRep}) is kept consistent with it, so a revocation writes once into each processor's rep.
 *
 * <p>Invariants (all under {@code lock}): a slot's generation only grows, by one each time the slot
 * is reused after a revocation, so a handle's generation tells a revoked object (lower than the
 * slot's, or the slot empty) from one never issued (higher); {@code byTarget} holds exactly the
 * exports in slots, by their target's identity; {@code free} holds exactly the empty slots; every
 * rep in {@code reps} caches, per slot, nothing or the slot's live export (a revocation evicts the
 * export from every rep before it returns, so no cache keeps a revoked object or its target). Reps
 * join from their constructors, under the clustered object's miss lock: the order is always miss
 * lock, then {@code lock}, and nothing under {@code lock} takes another lock.
 */
@Root
final class ExportsRoot extends Exports_RootBase {
  private final Object lock = new Object();
  private final List<Slot> slots = new ArrayList<>();
  private final ArrayDeque<Integer> free = new ArrayDeque<>();
  private final Map<Object, List<Export>> byTarget = new IdentityHashMap<>();
  private final List<ExportsRep> reps = new ArrayList<>();
  private long exports; // guarded by lock: new exports so far
  private long revocations; // guarded by lock
  private long rootResolutions; // guarded by lock: resolutions from threads that are no processor

  private static final class Slot {
    int generation;
    Export export;

    /** Why the slot's last object's server exited, until the slot is reused; else null. */
    String exited;
  }

  ExportsRoot() {}

  void join(ExportsRep rep) {
    synchronized (lock) {
      reps.add(rep);
    }
  }

  /**
   * The export of {@code target} as {@code exported} by {@code server}: an existing one, or new.
   */
  Export add(ServerSpace server, Class<?> exported, Object target, Skeleton<Object> skeleton) {
    synchronized (lock) {
      for (Export existing : byTarget.getOrDefault(target, List.of())) {
        if (existing.exported == exported && existing.server == server) {
          return existing;
        }
      }
      int index;
      Slot slot;
      if (free.isEmpty()) {
        index = slots.size();
        slot = new Slot();
        slots.add(slot);
      } else {
        index = free.poll();
        slot = slots.get(index);
        slot.generation++;
        slot.exited = null;
      }
      ObjectHandle handle =
          new ObjectHandle(server.pid(), index, slot.generation, exported.getName());
      Export export = new Export(handle, server, exported, target, skeleton);
      slot.export = export;
      byTarget.computeIfAbsent(target, t -> new ArrayList<>(1)).add(export);
      exports++;
      return export;
    }
  }

  /** The live export {@code handle} names, for a thread that is no virtual processor. */
  Export resolve(ObjectHandle handle) {
    synchronized (lock) {
      rootResolutions++;
      return live(handle);
    }
  }

  /** A processor's cache miss: the live export {@code handle} names, cached in {@code rep}. */
  Export resolveInto(ExportsRep rep, ObjectHandle handle) {
    synchronized (lock) {
      Export export = live(handle);
      rep.install(handle.slot(), export);
      return export;
    }
  }

  private Export live(ObjectHandle handle) {
    if (handle.slot() < 0 || handle.slot() >= slots.size()) {
      throw new ForgedHandleException(
          handle, "slot " + handle.slot() + " does not exist (the table has " + slots.size() + ")");
    }
    Slot slot = slots.get(handle.slot());
    if (handle.generation() < 0 || handle.generation() > slot.generation) {
      throw new ForgedHandleException(
          handle,
          "generation "
              + handle.generation()
              + " of slot "
              + handle.slot()
              + " was never issued (it is at "
              + slot.generation
              + ")");
    }
    if (handle.generation() < slot.generation) {
      throw new StaleHandleException(
          handle, "its object was revoked and the slot serves another object now");
    }
    Export export = slot.export;
    if (export == null && slot.exited != null) {
      throw new ServerExitedException(handle, slot.exited);
    }
    if (export == null) {
      throw new StaleHandleException(handle, "its object was revoked");
    }
    if (!export.handle.equals(handle)) {
      throw new ForgedHandleException(
          handle, "slot " + handle.slot() + " holds " + export.handle + ", not this object");
    }
    return export;
  }

  /** Revokes the object {@code handle} names: its stubs' calls fail, its slot is reused later. */
  Export revoke(ObjectHandle handle) {
    synchronized (lock) {
      Export export = live(handle);
      export.revoked = true; // before the evictions: see ExportsRep
      for (ExportsRep rep : reps) {
        rep.evict(handle.slot());
      }
      slots.get(handle.slot()).export = null;
      free.add(handle.slot());
      List<Export> ofTarget = byTarget.get(export.target);
      ofTarget.remove(export);
      if (ofTarget.isEmpty()) {
        byTarget.remove(export.target);
      }
      revocations++;
      return export;
    }
  }

  /**
   * Revokes every object {@code server} exported (it exited, for {@code reason}); until a slot is
   * reused its handle resolves to {@link ServerExitedException} rather than a revocation.
   */
  void revokeAll(ServerSpace server, String reason) {
    synchronized (lock) {
      for (Slot slot : slots) {
        Export export = slot.export;
        if (export != null && export.server == server) {
          revoke(export.handle);
          slot.exited = reason;
        }
      }
    }
  }

  /** The live exports of {@code target}. */
  List<Export> exportsOf(Object target) {
    synchronized (lock) {
      return List.copyOf(byTarget.getOrDefault(target, List.of()));
    }
  }

  /** New exports, revocations and plain-thread resolutions so far. */
  long[] counts() {
    synchronized (lock) {
      return new long[] {exports, revocations, rootResolutions};
    }
  }

  /** The exports in slots now. */
  int liveExports() {
    synchronized (lock) {
      return slots.size() - free.size();
    }
  }
}
