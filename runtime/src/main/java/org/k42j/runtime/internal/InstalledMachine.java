package org.k42j.runtime.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.lang.invoke.VarHandle;
import org.k42j.runtime.ProcessorIdentityException;
import org.k42j.runtime.spi.HostTopology;
import org.k42j.runtime.spi.ProcessorIdentity;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.Topology;

/**
 * The installed processor identity and topology: the state behind the public facade {@link
 * org.k42j.runtime.Processors}, which delegates every method here. The runtime's own parts read it
 * here, so they do not depend on the facade (which depends on them).
 *
 * <p>Invariants: {@link #install} and {@link Previous#restore()} are serialised by this class's
 * monitor; each writes the topology and the identity with release stores and re-links the
 * current-processor call site before returning ({@link MutableCallSite#syncAll}), then, outside the
 * monitor, empties the rows of the objects the new machine does not fit ({@link MachineFit}); a
 * pass always follows the last change of machine, so the last pass sees the last machine.
 * Installations nest: only the latest open one may be restored.
 */
public final class InstalledMachine {
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
      IDENTITY =
          lookup.findStaticVarHandle(InstalledMachine.class, "identity", ProcessorIdentity.class);
      TOPOLOGY = lookup.findStaticVarHandle(InstalledMachine.class, "topology", Topology.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static ProcessorIdentity identity = ThreadSlotIdentity.forAvailableProcessors();
  // The host's NUMA nodes when it has several, so PER_NODE means one rep per socket; else one node.
  private static Topology topology = HostTopology.host();
  // The installation whose restore() is due next (the latest one still open); guarded by the class.
  private static Previous open;

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

  private InstalledMachine() {}

  /** The calling thread's processor id: on every clustered call's hit path. */
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

  /** The installed identity. */
  public static ProcessorIdentity identity() {
    return identity;
  }

  /** The installed topology. */
  public static Topology topology() {
    return topology;
  }

  /**
   * Installs an identity and topology (both checked non-null by the caller); returns what restores
   * the previous ones.
   */
  public static Previous install(ProcessorIdentity newIdentity, Topology newTopology) {
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
    Previous previous;
    synchronized (InstalledMachine.class) {
      previous = new Previous(identity, topology, CURRENT_SITE.getTarget(), open);
      open = previous;
      set(newIdentity, newTopology, newCurrent);
    }
    MachineFit.machineChanged();
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
   * The identity and topology in force before an {@link #install}; {@link #restore()} puts them
   * back, once. Installations nest: restore them in reverse order of install.
   */
  public static final class Previous {
    private final ProcessorIdentity identity;
    private final Topology topology;
    private final MethodHandle current; // identity's current-processor handle, as linked
    private final Previous outer; // the installation open when this one was made
    private boolean restored; // guarded by InstalledMachine.class

    private Previous(
        ProcessorIdentity identity, Topology topology, MethodHandle current, Previous outer) {
      this.identity = identity;
      this.topology = topology;
      this.current = current;
      this.outer = outer;
    }

    /**
     * Restores the previous machine; a second call does nothing.
     *
     * @throws IllegalStateException when a later installation is still open
     */
    public void restore() {
      synchronized (InstalledMachine.class) {
        if (restored) {
          return;
        }
        if (open != this) {
          throw new IllegalStateException(
              "close installations in reverse order of install: this one would restore "
                  + identity
                  + ", but a later installation is still open (the installed identity is "
                  + InstalledMachine.identity
                  + "); close that one first");
        }
        restored = true;
        open = outer;
        set(identity, topology, current);
      }
      MachineFit.machineChanged();
    }
  }
}
