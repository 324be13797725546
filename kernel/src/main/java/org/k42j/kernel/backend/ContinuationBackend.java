package org.k42j.kernel.backend;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The fast threading backend for JDK 21 and later: each virtual processor is one platform thread (a
 * {@code VpThread}) that runs every user-level thread of the processor as a continuation ({@code
 * jdk.internal.vm.Continuation}, the mechanism under virtual threads). A switch is a continuation
 * yield and run on the same thread, with no park, no unpark and no other thread involved.
 *
 * <p>The continuation API is internal to the JDK: the JVM must be started with {@code --add-exports
 * java.base/jdk.internal.vm=ALL-UNNAMED}, and the JDK must be 21 or later. {@link #available()}
 * says whether both hold ({@link #unavailableReason()} says why not); {@link #open} throws {@link
 * IllegalStateException} with that reason otherwise. The kernel's default remains the portable
 * {@link BatonBackend}; choose this one with {@code KernelOptions.withBackend(new
 * ContinuationBackend())}.
 *
 * <p>A user-level thread must not yield while the JDK cannot unmount its continuation (a native
 * frame on its stack, or, before JDK 24, a held monitor): the yield then throws {@code
 * IllegalStateException} naming the reason. Kernel calls never hold a monitor across a switch.
 *
 * <p>It hosts up to {@value #MAX_PROCESSORS} virtual processors by default: one platform thread per
 * processor however many user-level threads run, so a machine of that size starts {@value
 * #MAX_PROCESSORS} threads at boot (about 2 s to boot and 1 s to shut down on a 2-core host), a
 * quarter of Linux's default {@code pid_max} (32,768).
 */
public final class ContinuationBackend implements ThreadingBackend {
  static final MethodHandle NEW_SCOPE;
  static final MethodHandle NEW_CONTINUATION;
  static final MethodHandle RUN;
  static final MethodHandle YIELD;
  static final MethodHandle IS_DONE;
  private static final String UNAVAILABLE;

  static {
    MethodHandle newScope = null;
    MethodHandle newContinuation = null;
    MethodHandle run = null;
    MethodHandle yield = null;
    MethodHandle isDone = null;
    String unavailable = null;
    try {
      Class<?> scope = Class.forName("jdk.internal.vm.ContinuationScope");
      Class<?> continuation = Class.forName("jdk.internal.vm.Continuation");
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      newScope =
          lookup
              .findConstructor(scope, MethodType.methodType(void.class, String.class))
              .asType(MethodType.methodType(Object.class, String.class));
      newContinuation =
          lookup
              .findConstructor(
                  continuation, MethodType.methodType(void.class, scope, Runnable.class))
              .asType(MethodType.methodType(Object.class, Object.class, Runnable.class));
      run =
          lookup
              .findVirtual(continuation, "run", MethodType.methodType(void.class))
              .asType(MethodType.methodType(void.class, Object.class));
      yield =
          lookup
              .findStatic(continuation, "yield", MethodType.methodType(boolean.class, scope))
              .asType(MethodType.methodType(boolean.class, Object.class));
      isDone =
          lookup
              .findVirtual(continuation, "isDone", MethodType.methodType(boolean.class))
              .asType(MethodType.methodType(boolean.class, Object.class));
      if (Runtime.version().feature() < 21) {
        unavailable =
            "JDK "
                + Runtime.version().feature()
                + " has continuations only as a preview of virtual threads; run on JDK 21 or later";
      }
    } catch (ClassNotFoundException e) {
      unavailable = "this JDK has no jdk.internal.vm.Continuation; run on JDK 21 or later";
    } catch (IllegalAccessException e) {
      unavailable =
          "jdk.internal.vm is not exported to this code; start the JVM with --add-exports"
              + " java.base/jdk.internal.vm=ALL-UNNAMED";
    } catch (ReflectiveOperationException e) {
      unavailable = "this JDK's continuation API differs from JDK 21's: " + e;
    }
    NEW_SCOPE = newScope;
    NEW_CONTINUATION = newContinuation;
    RUN = run;
    YIELD = yield;
    IS_DONE = isDone;
    UNAVAILABLE = unavailable;
  }

  /** True when this JVM can run the backend (JDK 21+, {@code jdk.internal.vm} exported). */
  public static boolean available() {
    return UNAVAILABLE == null;
  }

  /** Why the backend cannot run here and what to do, or null when it can. */
  public static String unavailableReason() {
    return UNAVAILABLE;
  }

  @Override
  public Lane open(int processor, String name) {
    if (UNAVAILABLE != null) {
      throw new IllegalStateException(
          "the continuation backend cannot run: " + UNAVAILABLE + "; or use the BatonBackend");
    }
    return new ContinuationLane(processor, name);
  }

  /** The most virtual processors this backend hosts unless the kernel's options raise it. */
  public static final int MAX_PROCESSORS = 8192;

  @Override
  public String name() {
    return "continuation";
  }

  @Override
  public int maxProcessors() {
    return MAX_PROCESSORS;
  }

  /** The processor's one thread: user-level threads are continuations on it. */
  @Override
  public int platformThreadsPerProcessor() {
    return 1;
  }

  @Override
  public String toString() {
    return "ContinuationBackend";
  }
}
