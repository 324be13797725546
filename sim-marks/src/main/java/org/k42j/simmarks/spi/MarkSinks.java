package org.k42j.simmarks.spi;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.Objects;

/**
 * Where the marks report to the installed {@link MarkSink}. Each report goes through a {@link
 * MutableCallSite} held in a static final field, which the JIT treats as a constant: with no sink
 * installed its target is an empty handle (or the constant answer outside a simulation: not active,
 * processor -1, time 0), so a report inlines to nothing; installing a sink re-links the sites (and
 * deoptimises code compiled against the no-op), as the runtime's {@code AccessProbes} does for its
 * probe.
 *
 * <p>Invariants: at most one sink is installed at a time; {@link #install} and {@link
 * Installation#close()} are serialised by the class monitor and re-link every site before returning
 * ({@link MutableCallSite#syncAll}), so every thread reports to the new target from then on.
 */
public final class MarkSinks {
  private static final String[] NAMES = {
    "read",
    "write",
    "atomic",
    "acquire",
    "release",
    "work",
    "memory",
    "message",
    "softInterrupt",
    "ppc",
    "active",
    "processor",
    "nanoTime"
  };
  private static final MethodType[] TYPES = {
    MethodType.methodType(void.class, Object.class),
    MethodType.methodType(void.class, Object.class),
    MethodType.methodType(void.class, Object.class),
    MethodType.methodType(void.class, Object.class),
    MethodType.methodType(void.class, Object.class),
    MethodType.methodType(void.class, double.class),
    MethodType.methodType(void.class, int.class),
    MethodType.methodType(void.class, int.class),
    MethodType.methodType(void.class, int.class),
    MethodType.methodType(void.class),
    MethodType.methodType(boolean.class),
    MethodType.methodType(int.class),
    MethodType.methodType(double.class)
  };
  private static final MutableCallSite[] SITES = new MutableCallSite[NAMES.length];

  static {
    MethodHandle[] idle = idle();
    for (int i = 0; i < SITES.length; i++) {
      SITES[i] = new MutableCallSite(idle[i]);
    }
  }

  private static final MethodHandle READ = SITES[0].dynamicInvoker();
  private static final MethodHandle WRITE = SITES[1].dynamicInvoker();
  private static final MethodHandle ATOMIC = SITES[2].dynamicInvoker();
  private static final MethodHandle ACQUIRE = SITES[3].dynamicInvoker();
  private static final MethodHandle RELEASE = SITES[4].dynamicInvoker();
  private static final MethodHandle WORK = SITES[5].dynamicInvoker();
  private static final MethodHandle MEMORY = SITES[6].dynamicInvoker();
  private static final MethodHandle MESSAGE = SITES[7].dynamicInvoker();
  private static final MethodHandle SOFT_INTERRUPT = SITES[8].dynamicInvoker();
  private static final MethodHandle PPC = SITES[9].dynamicInvoker();
  private static final MethodHandle ACTIVE = SITES[10].dynamicInvoker();
  private static final MethodHandle PROCESSOR = SITES[11].dynamicInvoker();
  private static final MethodHandle NANO_TIME = SITES[12].dynamicInvoker();

  private static MarkSink installed; // guarded by the class

  private MarkSinks() {}

  /**
   * Installs {@code sink} until the returned installation is closed.
   *
   * @param sink where every mark reports from now on
   * @return the installation, whose {@link Installation#close()} puts the no-ops back
   * @throws IllegalStateException when a sink is already installed (close it first)
   */
  public static Installation install(MarkSink sink) {
    Objects.requireNonNull(sink, "sink is null; pass the MarkSink to report to");
    synchronized (MarkSinks.class) {
      if (installed != null) {
        throw new IllegalStateException(
            "a mark sink is already installed ("
                + installed
                + "); close its installation before installing "
                + sink);
      }
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      MethodHandle[] targets = new MethodHandle[SITES.length];
      try {
        for (int i = 0; i < SITES.length; i++) {
          targets[i] = lookup.findVirtual(MarkSink.class, NAMES[i], TYPES[i]).bindTo(sink);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("MarkSink's methods are not accessible", e);
      }
      installed = sink;
      link(targets);
      return new Installation(sink);
    }
  }

  /**
   * The installed sink, or null.
   *
   * @return the sink the marks report to now, or null when they report to no-ops
   */
  public static synchronized MarkSink installed() {
    return installed;
  }

  /** The targets while no sink is installed: no-ops and the answers outside a simulation. */
  private static MethodHandle[] idle() {
    MethodHandle[] idle = new MethodHandle[TYPES.length];
    for (int i = 0; i < TYPES.length; i++) {
      idle[i] = MethodHandles.empty(TYPES[i]);
    }
    idle[11] = MethodHandles.constant(int.class, -1); // processor()
    return idle;
  }

  private static void link(MethodHandle[] targets) {
    for (int i = 0; i < SITES.length; i++) {
      SITES[i].setTarget(targets[i]);
    }
    MutableCallSite.syncAll(SITES);
  }

  /**
   * Reports a read of {@code line}.
   *
   * @param line the mark read
   */
  public static void read(Object line) {
    try {
      READ.invokeExact(line);
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /**
   * Reports a write of {@code line}.
   *
   * @param line the mark written
   */
  public static void write(Object line) {
    try {
      WRITE.invokeExact(line);
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /**
   * Reports an atomic read-modify-write of {@code line}.
   *
   * @param line the mark updated
   */
  public static void atomic(Object line) {
    try {
      ATOMIC.invokeExact(line);
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /**
   * Reports taking {@code lock}.
   *
   * @param lock the mark taken
   */
  public static void acquire(Object lock) {
    try {
      ACQUIRE.invokeExact(lock);
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /**
   * Reports releasing {@code lock}.
   *
   * @param lock the mark released
   */
  public static void release(Object lock) {
    try {
      RELEASE.invokeExact(lock);
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /**
   * Reports local computation.
   *
   * @param nanoseconds how long it takes
   */
  public static void work(double nanoseconds) {
    try {
      WORK.invokeExact(nanoseconds);
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /**
   * Reports a line read from a node's DRAM.
   *
   * @param node the node whose memory is read
   */
  public static void memory(int node) {
    try {
      MEMORY.invokeExact(node);
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /**
   * Reports a message posted to a processor.
   *
   * @param target the processor whose queue receives it
   */
  public static void message(int target) {
    try {
      MESSAGE.invokeExact(target);
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /**
   * Reports a soft interrupt raised on a processor.
   *
   * @param target the processor interrupted
   */
  public static void softInterrupt(int target) {
    try {
      SOFT_INTERRUPT.invokeExact(target);
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /** Reports a protected procedure call on the calling processor. */
  public static void ppc() {
    try {
      PPC.invokeExact();
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /**
   * Whether the calling thread runs a simulation.
   *
   * @return the installed sink's answer, false while none is installed
   */
  public static boolean active() {
    try {
      return (boolean) ACTIVE.invokeExact();
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /**
   * The simulated processor running the calling code.
   *
   * @return the installed sink's answer, -1 while none is installed
   */
  public static int processor() {
    try {
      return (int) PROCESSOR.invokeExact();
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /**
   * The calling processor's virtual clock.
   *
   * @return nanoseconds by the installed sink, 0 while none is installed
   */
  public static double nanoTime() {
    try {
      return (double) NANO_TIME.invokeExact();
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /** What a report threw (a sink throws only unchecked exceptions, e.g. for a bad argument). */
  private static RuntimeException failed(Throwable e) {
    if (e instanceof RuntimeException runtime) {
      return runtime;
    }
    if (e instanceof Error error) {
      throw error;
    }
    return new IllegalStateException("mark sink threw " + e, e);
  }

  /** An installed sink; closing it puts the no-ops back, once. */
  public static final class Installation implements AutoCloseable {
    private final MarkSink sink;

    private Installation(MarkSink sink) {
      this.sink = sink;
    }

    @Override
    public void close() {
      synchronized (MarkSinks.class) {
        if (installed != sink) {
          return;
        }
        installed = null;
        link(idle());
      }
    }
  }
}
