package org.k42j.runtime.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * {@code Thread.isVirtual()} for a runtime compiled for Java 17, where the method does not exist:
 * reached through a method handle found once, and false on JDK 17-20, which have no virtual
 * threads.
 */
final class VirtualThreads {
  private static final MethodHandle IS_VIRTUAL = isVirtualHandle();

  private VirtualThreads() {}

  /** Whether this JDK has virtual threads (JDK 21 and later). */
  static boolean exist() {
    return IS_VIRTUAL != null;
  }

  /** Whether {@code thread} is a virtual thread. */
  static boolean isVirtual(Thread thread) {
    if (IS_VIRTUAL == null) {
      return false;
    }
    try {
      return (boolean) IS_VIRTUAL.invokeExact(thread);
    } catch (Throwable unexpected) {
      throw new IllegalStateException("Thread.isVirtual() failed", unexpected);
    }
  }

  private static MethodHandle isVirtualHandle() {
    try {
      return MethodHandles.publicLookup()
          .findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
    } catch (ReflectiveOperationException absent) {
      return null; // JDK 17-20: no virtual threads
    }
  }
}
