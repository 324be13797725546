package org.k42j.runtime;

import java.util.Objects;
import org.k42j.runtime.internal.InstalledMachine;
import org.k42j.runtime.spi.ProcessorIdentity;
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
 *
 * <p>The installed machine itself is kept by the runtime's {@code internal.InstalledMachine}, to
 * which every method here delegates: {@link #current()} is a static call the JIT inlines, so the
 * hit path costs what it did when the call site lived here.
 */
public final class Processors {
  private Processors() {}

  /** The calling thread's processor id. This is on every clustered call's hit path. */
  public static int current() {
    return InstalledMachine.current();
  }

  /** The number of processor ids the current identity hands out. */
  public static int count() {
    return InstalledMachine.identity().count();
  }

  /** The node of a processor id under the current topology. */
  public static int nodeOf(int processor) {
    return InstalledMachine.topology().nodeOf(processor);
  }

  /** The number of nodes in the current topology. */
  public static int nodeCount() {
    return InstalledMachine.topology().nodeCount();
  }

  /** True when the current identity runs at most one thread per processor at a time. */
  public static boolean oneThreadPerProcessor() {
    return InstalledMachine.identity().oneThreadPerProcessor();
  }

  /**
   * Reports that the calling thread found its processor's rep busy; see {@link
   * ProcessorIdentity#contended()}.
   */
  public static void contended() {
    InstalledMachine.identity().contended();
  }

  /** The installed identity. */
  public static ProcessorIdentity identity() {
    return InstalledMachine.identity();
  }

  /** The installed topology. */
  public static Topology topology() {
    return InstalledMachine.topology();
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
    return new Installation(InstalledMachine.install(newIdentity, newTopology));
  }

  /**
   * The identity and topology in force before an {@link #install}; closing restores them, once (a
   * second close does nothing, so it cannot undo an install made after the first). Installations
   * nest: close them in reverse order of install (try-with-resources does), or {@code close()}
   * throws {@link IllegalStateException} and restores nothing.
   */
  public static final class Installation implements AutoCloseable {
    private final InstalledMachine.Previous previous;

    private Installation(InstalledMachine.Previous previous) {
      this.previous = previous;
    }

    @Override
    public void close() {
      previous.restore();
    }
  }
}
