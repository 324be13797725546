package org.k42j.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import org.k42j.runtime.internal.ClusterRoot;
import org.k42j.runtime.spi.ProcessorIdentity;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.Topology;
import org.k42j.runtime.spi.UniformTopology;

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
  private static Topology topology = UniformTopology.single();
  // The installation whose close() is due next (the latest one still open); guarded by the class.
  private static Installation open;

  private Processors() {}

  /** The calling thread's processor id. This is on every clustered call's hit path. */
  public static int current() {
    return identity.current();
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
    Installation previous;
    synchronized (Processors.class) {
      previous = new Installation(identity, topology, open);
      open = previous;
      set(newIdentity, newTopology);
    }
    machineChanged();
    return previous;
  }

  /** Under the class monitor: the machine every reader sees from now on. */
  private static void set(ProcessorIdentity newIdentity, Topology newTopology) {
    TOPOLOGY.setRelease(newTopology);
    IDENTITY.setRelease(newIdentity);
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
    private final Installation outer; // the installation open when this one was made
    private boolean closed; // guarded by Processors.class

    private Installation(ProcessorIdentity identity, Topology topology, Installation outer) {
      this.identity = identity;
      this.topology = topology;
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
        set(identity, topology);
      }
      machineChanged();
    }
  }
}
