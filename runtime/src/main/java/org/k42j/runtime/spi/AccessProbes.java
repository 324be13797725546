package org.k42j.runtime.spi;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.Objects;

/**
 * Where the runtime reports accesses to the installed {@link AccessProbe}. Each report goes through
 * a {@link MutableCallSite} held in a static final field, which the JIT treats as a constant: with
 * no probe installed its target is an empty handle, so a report inlines to nothing; installing a
 * probe re-links the sites (and deoptimises code compiled against the no-op), as {@code Processors}
 * links the processor identity.
 *
 * <p>Invariants: at most one probe is installed at a time; {@link #install} and {@link
 * Installation#close()} are serialised by the class monitor and re-link all four sites before
 * returning ({@link MutableCallSite#syncAll}), so every thread reports to the new target from then
 * on.
 */
public final class AccessProbes {
  private static final MethodType MISS =
      MethodType.methodType(void.class, ProbedObject.class, int.class, Object.class);
  private static final MethodType VISIT = MethodType.methodType(void.class, ProbedObject.class);
  private static final MethodType GUARD = MethodType.methodType(void.class, Object.class);

  private static final MutableCallSite MISS_SITE = new MutableCallSite(MethodHandles.empty(MISS));
  private static final MutableCallSite VISIT_SITE = new MutableCallSite(MethodHandles.empty(VISIT));
  private static final MutableCallSite ENTER_SITE = new MutableCallSite(MethodHandles.empty(GUARD));
  private static final MutableCallSite EXIT_SITE = new MutableCallSite(MethodHandles.empty(GUARD));
  private static final MethodHandle MISS_CALL = MISS_SITE.dynamicInvoker();
  private static final MethodHandle VISIT_CALL = VISIT_SITE.dynamicInvoker();
  private static final MethodHandle ENTER_CALL = ENTER_SITE.dynamicInvoker();
  private static final MethodHandle EXIT_CALL = EXIT_SITE.dynamicInvoker();

  private static AccessProbe installed; // guarded by the class

  private AccessProbes() {}

  /**
   * Installs {@code probe} until the returned installation is closed.
   *
   * @throws IllegalStateException when a probe is already installed (close it first)
   */
  public static Installation install(AccessProbe probe) {
    Objects.requireNonNull(probe, "probe is null; pass the AccessProbe to report to");
    synchronized (AccessProbes.class) {
      if (installed != null) {
        throw new IllegalStateException(
            "an access probe is already installed ("
                + installed
                + "); close its installation before installing "
                + probe);
      }
      installed = probe;
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      try {
        link(
            lookup.findVirtual(AccessProbe.class, "miss", MISS).bindTo(probe),
            lookup.findVirtual(AccessProbe.class, "visit", VISIT).bindTo(probe),
            lookup.findVirtual(AccessProbe.class, "enter", GUARD).bindTo(probe),
            lookup.findVirtual(AccessProbe.class, "exit", GUARD).bindTo(probe));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("AccessProbe's methods are not accessible", e);
      }
      return new Installation(probe);
    }
  }

  /** The installed probe, or null. */
  public static synchronized AccessProbe installed() {
    return installed;
  }

  private static void link(
      MethodHandle miss, MethodHandle visit, MethodHandle enter, MethodHandle exit) {
    MISS_SITE.setTarget(miss);
    VISIT_SITE.setTarget(visit);
    ENTER_SITE.setTarget(enter);
    EXIT_SITE.setTarget(exit);
    MutableCallSite.syncAll(new MutableCallSite[] {MISS_SITE, VISIT_SITE, ENTER_SITE, EXIT_SITE});
  }

  /** Reports a miss (see {@link AccessProbe#miss}). */
  public static void miss(ProbedObject object, int processor, Object entry) {
    try {
      MISS_CALL.invokeExact(object, processor, entry);
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /** Reports a visit of every rep (see {@link AccessProbe#visit}). */
  public static void visit(ProbedObject object) {
    try {
      VISIT_CALL.invokeExact(object);
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /** Reports a guard entry (see {@link AccessProbe#enter}). */
  public static void enter(Object guard) {
    try {
      ENTER_CALL.invokeExact(guard);
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  /** Reports a guard exit (see {@link AccessProbe#exit}). */
  public static void exit(Object guard) {
    try {
      EXIT_CALL.invokeExact(guard);
    } catch (Throwable e) {
      throw failed(e);
    }
  }

  private static RuntimeException failed(Throwable e) {
    if (e instanceof RuntimeException runtime) {
      return runtime;
    }
    if (e instanceof Error error) {
      throw error;
    }
    return new IllegalStateException("access probe threw " + e, e);
  }

  /** An installed probe; closing it puts the no-op back, once. */
  public static final class Installation implements AutoCloseable {
    private final AccessProbe probe;

    private Installation(AccessProbe probe) {
      this.probe = probe;
    }

    @Override
    public void close() {
      synchronized (AccessProbes.class) {
        if (installed != probe) {
          return;
        }
        installed = null;
        link(
            MethodHandles.empty(MISS),
            MethodHandles.empty(VISIT),
            MethodHandles.empty(GUARD),
            MethodHandles.empty(GUARD));
      }
    }
  }
}
