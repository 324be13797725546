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
 * An address space as a PPC server: its pool on each processor (made on the first call from or to
 * that processor), its message port on each processor called by message, its limits, whether it
 * keeps its own threads for synchronous calls, the names registered for it, and whether it still
 * serves.
 *
 * <p>Invariants: {@code exitReason} moves null to a reason once; pools and ports are created under
 * this object's monitor, each at most once per processor, and published in {@code pools} and {@code
 * ports} before their creator reads {@code exitReason}, while {@link #close} writes {@code
 * exitReason} before it reads them (all volatile), so either the closer sees a pool or port and
 * closes it, or the creator sees the reason and closes it itself: no pool or port of an exited
 * server serves.
 */
final class ServerSpace {
  private final AddressSpace space;
  private final Ppc ppc;
  private final AtomicReferenceArray<ServerPool> pools;
  private final AtomicReferenceArray<MessagePort> ports;
  private final List<Map.Entry<String, ObjectHandle>> names =
      new ArrayList<>(); // guarded by itself
  private volatile PoolLimits limits = PoolLimits.DEFAULT;
  private volatile String exitReason;
  private volatile boolean serverThreads;

  ServerSpace(AddressSpace space, Ppc ppc, int processors) {
    this.space = space;
    this.ppc = ppc;
    this.pools = new AtomicReferenceArray<>(processors);
    this.ports = new AtomicReferenceArray<>(processors);
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

  /** Whether synchronous calls run on server threads instead of the callers' migrated threads. */
  boolean usesServerThreads() {
    return serverThreads;
  }

  void useServerThreads(boolean use) {
    serverThreads = use;
  }

  /** The limits every pool of this server applies, from its next call on. */
  PoolLimits limits() {
    return limits;
  }

  /**
   * The pool on {@code processor}, made (with a dispatcher of the server) on first use; callable
   * from any thread.
   */
  ServerPool pool(int processor, Export export) {
    ServerPool pool = pools.get(processor);
    return pool != null ? pool : createPool(processor, export);
  }

  private synchronized ServerPool createPool(int processor, Export export) {
    ServerPool pool = pools.get(processor);
    if (pool != null) {
      return pool;
    }
    Dispatcher dispatcher;
    try {
      dispatcher = space.createDispatcher(processor, Ppc.SERVER_PRIORITY, 100, Upcalls.NONE);
    } catch (AddressSpaceExitedException exited) {
      throw new ServerExitedException(export.handle, "its address space " + space + " exited");
    }
    ServerPool created = new ServerPool(this, processor, dispatcher);
    pools.set(processor, created);
    String reason = exitReason;
    if (reason != null) {
      if (dispatcher.isCurrentProcessor()) {
        created.close(reason);
      } else {
        dispatcher.post(() -> created.close(reason));
      }
    }
    return created;
  }

  /**
   * The message port on {@code processor}, made (with its pool and its receiving server thread) on
   * the first call sent there; callable from any thread.
   */
  MessagePort port(int processor, Export export) {
    MessagePort port = ports.get(processor);
    return port != null ? port : createPort(processor, export);
  }

  private synchronized MessagePort createPort(int processor, Export export) {
    MessagePort port = ports.get(processor);
    if (port != null) {
      return port;
    }
    MessagePort created = MessagePort.open(this, pool(processor, export), export);
    ports.set(processor, created);
    String reason = exitReason;
    if (reason != null) {
      created.close(reason);
    }
    return created;
  }

  /** Calls inside this server on {@code processor} now. */
  int inside(int processor) {
    ServerPool pool = pools.get(processor);
    return pool == null ? 0 : pool.inside();
  }

  /** The number of server threads on {@code processor} (0 before the first call from there). */
  int threads(int processor) {
    ServerPool pool = pools.get(processor);
    return pool == null ? 0 : pool.threads();
  }

  /**
   * Stops serving: the migrated calls inside it are cancelled, every port fails the calls sent to
   * it, and every pool fails its queued and running calls in its processor's context.
   */
  void close(String reason) {
    synchronized (this) {
      if (exitReason != null) {
        return;
      }
      exitReason = reason;
    }
    space.cancelCallsInside(reason); // the migrated calls running in it
    for (int processor = 0; processor < pools.length(); processor++) {
      MessagePort port = ports.get(processor);
      if (port != null) {
        port.close(reason);
      }
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
