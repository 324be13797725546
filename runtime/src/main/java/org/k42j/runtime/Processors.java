package org.k42j.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import org.k42j.runtime.internal.ClusterRoot;
import org.k42j.runtime.internal.Waiters;
import org.k42j.runtime.spi.HostTopology;
import org.k42j.runtime.spi.ProcessorIdentity;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.Topology;

/**
 * The processor identity and topology that clustered objects use. Generated dispatchers call {@link
 * #current()} on every call; everything else here is for setting up.
 *
 * <p>Identities may be swapped while clustered objects are live: translation rows grow on demand
 * when a new identity hands out more processors than a row has entries. An object whose exclusive
 * reps have no guard (created under an identity that runs one thread per processor) refuses calls
 * with {@link ProcessorIdentityException} while an identity that may run several threads on a
 * processor is installed, and a per-node object refuses them under a topology other than its own.
 */
public final class Processors {
  // Plain static fields: read on the hit path without a barrier. install() (serialised by the
  // class monitor) writes them with release stores, so a reader that sees a new identity or
  // topology also sees the state its constructor wrote (dependent loads are ordered on every
  // platform HotSpot runs on; identities should keep their state in final fields, which the JMM
  // covers formally). A reader that briefly sees the previous identity still gets an id of that
  // identity: a row accepts it if the row covers it or the new identity's count does (rows grow on
  // demand); only an id beyond both, from racing an install that shrinks the count, is refused.
  private static final VarHandle IDENTITY;
  private static final VarHandle TOPOLOGY;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      IDENTITY = lookup.findStaticVarHandle(Processors.class, "identity", ProcessorIdentity.class);
      TOPOLOGY = lookup.findStaticVarHandle(Processors.class, "topology", Topology.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static ProcessorIdentity identity = ThreadSlotIdentity.forAvailableProcessors();
  // The host's NUMA nodes when it has several, so PER_NODE means one rep per socket; else one node.
  private static Topology topology = HostTopology.host();
  // The installation whose close() is due next (the latest one still open); guarded by the class.
  private static Installation open;

  // current() calls the installed identity's currentHandle() through a call site the JIT treats
  // as a constant: it inlines the handle, and whatever the identity bound into it, into every
  // caller, with no load of the identity field and no type check of the identity, and set()
  // re-links the site, which deoptimises the code that inlined the previous target. Measured with
  // the dispatch benchmark (docs/performance.md): reading the static field and calling the
  // identity through its interface cost about 0.9 ns per call, a quarter of a trivial rep method;
  // linked this way, the default identity's id costs the thread id, a mask and one load.
  private static final MethodType CURRENT_TYPE = MethodType.methodType(int.class);
  private static final MutableCallSite CURRENT_SITE = new MutableCallSite(CURRENT_TYPE);
  private static final MethodHandle CURRENT = CURRENT_SITE.dynamicInvoker();

  static {
    CURRENT_SITE.setTarget(currentHandleOf(identity));
  }

  private Processors() {}

  /** The calling thread's processor id. This is on every clustered call's hit path. */
  public static int current() {
    try {
      return (int) CURRENT.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new ProcessorIdentityException(
          "processor identity " + identity + " threw " + e + " from its currentHandle()");
    }
  }

  /** {@code identity.currentHandle()}, checked to be a {@code ()int} handle. */
  private static MethodHandle currentHandleOf(ProcessorIdentity identity) {
    MethodHandle handle = identity.currentHandle();
    if (handle == null || !handle.type().equals(CURRENT_TYPE)) {
      throw new ProcessorIdentityException(
          "processor identity "
              + identity
              + " returned "
              + (handle == null ? "null" : "a handle of type " + handle.type())
              + " from currentHandle(); return a ()int handle that computes current(), or do not"
              + " override currentHandle()");
    }
    return handle;
  }

  /** The number of processor ids the current identity hands out. */
  public static int count() {
    return identity.count();
  }

  /** The node of a processor id under the current topology. */
  public static int nodeOf(int processor) {
    return topology.nodeOf(processor);
  }

  /** The number of nodes in the current topology. */
  public static int nodeCount() {
    return topology.nodeCount();
  }

  /** True when the current identity runs at most one thread per processor at a time. */
  public static boolean oneThreadPerProcessor() {
    return identity.oneThreadPerProcessor();
  }

  /**
   * Reports that the calling thread found its processor's rep busy; see {@link
   * ProcessorIdentity#contended()}.
   */
  public static void contended() {
    identity.contended();
  }

  /** The installed identity. */
  public static ProcessorIdentity identity() {
    return identity;
  }

  /** The installed topology. */
  public static Topology topology() {
    return topology;
  }

  /**
   * Installs an identity and topology and returns a handle that puts the previous ones back when
   * closed, so tests and embedding kernels can scope their machine:
   *
   * <pre>{@code
   * try (var machine = Processors.install(new ThreadSlotIdentity(64), new UniformTopology(4, 16))) {
   *   ...
   * }
   * }</pre>
   */
  public static Installation install(ProcessorIdentity newIdentity, Topology newTopology) {
    Objects.requireNonNull(
        newIdentity,
        "identity is null; pass a ProcessorIdentity, e.g."
            + " ThreadSlotIdentity.forAvailableProcessors()");
    Objects.requireNonNull(
        newTopology, "topology is null; pass a Topology, e.g. UniformTopology.single()");
    if (newIdentity.count() < 1) {
      throw new ProcessorIdentityException(
          "processor identity "
              + newIdentity
              + " reports "
              + newIdentity.count()
              + " processors; an identity must hand out at least one id");
    }
    MethodHandle newCurrent = currentHandleOf(newIdentity);
    if (newIdentity.parking() == null) {
      throw new ProcessorIdentityException(
          "processor identity "
              + newIdentity
              + " returned null from parking(); return Parking.threads() or do not override"
              + " parking()");
    }
    Installation previous;
    synchronized (Processors.class) {
      previous = new Installation(identity, topology, CURRENT_SITE.getTarget(), open);
      open = previous;
      set(newIdentity, newTopology, newCurrent);
    }
    machineChanged();
    return previous;
  }

  /**
   * Under the class monitor: the machine every reader sees from now on; {@code newCurrent} is
   * {@code newIdentity}'s checked current-processor handle.
   */
  private static void set(
      ProcessorIdentity newIdentity, Topology newTopology, MethodHandle newCurrent) {
    TOPOLOGY.setRelease(newTopology);
    IDENTITY.setRelease(newIdentity);
    CURRENT_SITE.setTarget(newCurrent);
    // Every thread calls the new target from now on, not eventually.
    MutableCallSite.syncAll(new MutableCallSite[] {CURRENT_SITE});
    Waiters.install(newIdentity.parking());
  }

  /**
   * Outside the class monitor (it takes each affected object's lock). Every change of machine is
   * followed by a pass that reads the machine set by then, so the last pass sees the last machine.
   */
  private static void machineChanged() {
    ClusterRoot.machineChanged();
  }

  /**
   * The identity and topology in force before an {@link #install}; closing restores them, once (a
   * second close does nothing, so it cannot undo an install made after the first). Installations
   * nest: close them in reverse order of install (try-with-resources does), or {@code close()}
   * throws {@link IllegalStateException} and restores nothing.
   */
  public static final class Installation implements AutoCloseable {
    private final ProcessorIdentity identity;
    private final Topology topology;
    private final MethodHandle current; // identity's current-processor handle, as linked
    private final Installation outer; // the installation open when this one was made
    private boolean closed; // guarded by Processors.class

    private Installation(
        ProcessorIdentity identity, Topology topology, MethodHandle current, Installation outer) {
      this.identity = identity;
      this.topology = topology;
      this.current = current;
      this.outer = outer;
    }

    @Override
    public void close() {
      synchronized (Processors.class) {
        if (closed) {
          return;
        }
        if (open != this) {
          throw new IllegalStateException(
              "close installations in reverse order of install: this one would restore "
                  + identity
                  + ", but a later installation is still open (the installed identity is "
                  + Processors.identity
                  + "); close that one first");
        }
        closed = true;
        open = outer;
        set(identity, topology, current);
      }
      machineChanged();
    }
  }
}
