package org.k42j.kernel.ppc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.AddressSpaceExitedException;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.Upcalls;

/**
 * An address space as a PPC server: its pool of server threads on each processor (made on the first
 * call from that processor), its limits, the names registered for it, and whether it still serves.
 *
 * <p>Invariants: {@code exitReason} moves null to a reason once; a pool is created only in its
 * processor's context and published in {@code pools} before its creator reads {@code exitReason},
 * while {@link #close} writes {@code exitReason} before it reads {@code pools} (both volatile), so
 * either the closer sees the pool and posts it a close event, or the creator sees the reason and
 * closes the pool itself: no pool of an exited server serves.
 */
final class ServerSpace {
  private final AddressSpace space;
  private final Ppc ppc;
  private final AtomicReferenceArray<ServerPool> pools;
  private final List<Map.Entry<String, ObjectHandle>> names =
      new ArrayList<>(); // guarded by itself
  private volatile PoolLimits limits = PoolLimits.DEFAULT;
  private volatile String exitReason;

  ServerSpace(AddressSpace space, Ppc ppc, int processors) {
    this.space = space;
    this.ppc = ppc;
    this.pools = new AtomicReferenceArray<>(processors);
  }

  int pid() {
    return space.pid();
  }

  AddressSpace space() {
    return space;
  }

  Ppc ppc() {
    return ppc;
  }

  /** Why this server no longer serves, or null while it serves. */
  String exitReason() {
    return exitReason;
  }

  void limit(PoolLimits newLimits) {
    limits = newLimits;
  }

  /** The limits every pool of this server applies, from its next call on. */
  PoolLimits limits() {
    return limits;
  }

  /**
   * In {@code processor}'s context: its pool, made (with a dispatcher of the server) on first use.
   */
  ServerPool pool(int processor, Export export) {
    ServerPool pool = pools.get(processor);
    if (pool == null) {
      Dispatcher dispatcher;
      try {
        dispatcher = space.createDispatcher(processor, Ppc.SERVER_PRIORITY, 100, Upcalls.NONE);
      } catch (AddressSpaceExitedException exited) {
        throw new ServerExitedException(export.handle, "its address space " + space + " exited");
      }
      pool = new ServerPool(this, processor, dispatcher);
      pools.set(processor, pool);
      String reason = exitReason;
      if (reason != null) {
        pool.close(reason);
      }
    }
    return pool;
  }

  /** The number of server threads on {@code processor} (0 before the first call from there). */
  int threads(int processor) {
    ServerPool pool = pools.get(processor);
    return pool == null ? 0 : pool.threads();
  }

  /** Stops serving: every pool fails its queued and running calls in its processor's context. */
  void close(String reason) {
    synchronized (this) {
      if (exitReason != null) {
        return;
      }
      exitReason = reason;
    }
    for (int processor = 0; processor < pools.length(); processor++) {
      ServerPool pool = pools.get(processor);
      if (pool != null) {
        pool.dispatcher().post(() -> pool.close(reason));
      }
    }
  }

  void addName(String name, ObjectHandle handle) {
    synchronized (names) {
      names.add(Map.entry(name, handle));
    }
  }

  /** The names registered for this server's objects, with their handles; forgotten here. */
  List<Map.Entry<String, ObjectHandle>> takeNames() {
    synchronized (names) {
      List<Map.Entry<String, ObjectHandle>> taken = List.copyOf(names);
      names.clear();
      return taken;
    }
  }

  @Override
  public String toString() {
    return space.toString();
  }
}
