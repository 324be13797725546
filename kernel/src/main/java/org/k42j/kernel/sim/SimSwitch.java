package org.k42j.kernel.sim;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * The call sites through which user code reports modeled accesses ({@link ModeledLine}, {@link
 * ModeledLock}, {@link Modeled}). Each is a {@link MutableCallSite} in a static final field, which
 * the JIT treats as a constant: while no simulation runs its target is an empty handle and a
 * report compiles to nothing; while one runs (anywhere in the JVM) it is the engine's entry, which
 * charges the report to the calling thread's simulation, if it has one.
 *
 * <p>Invariants: {@link #set} is called only by {@link SimHost} under its lock, when the first
 * simulation starts and when the last one ends; it re-links every site before returning.
 */
final class SimSwitch {
  static final MutableCallSite READ = site("read", ModeledLine.class);
  static final MutableCallSite WRITE = site("write", ModeledLine.class);
  static final MutableCallSite ATOMIC = site("atomic", ModeledLine.class);
  static final MutableCallSite ACQUIRE = site("acquire", ModeledLock.class);
  static final MutableCallSite RELEASE = site("release", ModeledLock.class);
  static final MutableCallSite WORK = site("work", double.class);
  static final MutableCallSite MEMORY = site("memory", int.class);
  static final MutableCallSite MESSAGE = site("message", int.class);
  static final MutableCallSite INTERRUPT = site("softInterrupt", int.class);
  static final MutableCallSite PPC = site("ppc", null);

  static final MethodHandle READ_CALL = READ.dynamicInvoker();
  static final MethodHandle WRITE_CALL = WRITE.dynamicInvoker();
  static final MethodHandle ATOMIC_CALL = ATOMIC.dynamicInvoker();
  static final MethodHandle ACQUIRE_CALL = ACQUIRE.dynamicInvoker();
  static final MethodHandle RELEASE_CALL = RELEASE.dynamicInvoker();
  static final MethodHandle WORK_CALL = WORK.dynamicInvoker();
  static final MethodHandle MEMORY_CALL = MEMORY.dynamicInvoker();
  static final MethodHandle MESSAGE_CALL = MESSAGE.dynamicInvoker();
  static final MethodHandle INTERRUPT_CALL = INTERRUPT.dynamicInvoker();
  static final MethodHandle PPC_CALL = PPC.dynamicInvoker();

  private static final MutableCallSite[] ALL = {
    READ, WRITE, ATOMIC, ACQUIRE, RELEASE, WORK, MEMORY, MESSAGE, INTERRUPT, PPC
  };
  private static final String[] NAMES = {
    "read", "write", "atomic", "acquire", "release", "work", "memory", "message", "softInterrupt",
    "ppc"
  };

  private SimSwitch() {}

  private static MutableCallSite site(String name, Class<?> parameter) {
    MethodType type =
        parameter == null
            ? MethodType.methodType(void.class)
            : MethodType.methodType(void.class, parameter);
    return new MutableCallSite(MethodHandles.empty(type));
  }

  /** Links every site to the engine's entries ({@code on}) or to no-ops. */
  static void set(boolean on) {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    for (int i = 0; i < ALL.length; i++) {
      MethodType type = ALL[i].type();
      try {
        ALL[i].setTarget(
            on ? lookup.findStatic(SimCalls.class, NAMES[i], type) : MethodHandles.empty(type));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("SimCalls." + NAMES[i] + " is missing", e);
      }
    }
    MutableCallSite.syncAll(ALL);
  }

  /** Rethrows what a report threw (the engine's entries throw only unchecked exceptions). */
  static RuntimeException rethrow(Throwable e) {
    if (e instanceof Error error) {
      throw error;
    }
    if (e instanceof RuntimeException runtime) {
      return runtime;
    }
    return new IllegalStateException(e);
  }
}
