package org.k42j.runtime.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every live virtual thread of the JVM, from the JDK's own tree of thread containers ({@code
 * jdk.internal.vm.ThreadContainers}: the root container, which tracks virtual threads started
 * directly, and the containers of executors and structured scopes below it; the tree the JDK's
 * thread dump walks). No public API lists virtual threads, so this needs {@code java.base} to
 * export {@code jdk.internal.vm} to the runtime: {@code --add-exports
 * java.base/jdk.internal.vm=ALL-UNNAMED} on the class path ({@code =org.k42j.runtime} on the module
 * path), the flag the kernel's continuation backend needs too.
 *
 * <p>The caller scan takes each listed thread's stack with its own {@code Thread.getStackTrace()},
 * which the JDK takes safely whether the virtual thread is mounted or not (it keeps an unmounted
 * one from mounting meanwhile), unlike the JSON thread dump of JDK 25.0.3, whose per-thread
 * snapshot races a virtual thread's mounting and unmounting and can crash the JVM (JDK-8364343).
 *
 * <p>Invariants: {@link #available()} is fixed at class initialization, and true only when the
 * package is exported to this class's module and the JDK tracks every thread ({@code
 * -Djdk.trackAllThreads} not false: otherwise virtual threads started directly are in no
 * container); a walk that fails throws rather than returning a partial list.
 */
final class ThreadContainerWalk {
  private static final Method ROOT;
  private static final Method CHILDREN;
  private static final Method THREADS;

  static {
    Method root = null;
    Method children = null;
    Method threads = null;
    try {
      Module base = Object.class.getModule();
      if (VirtualThreads.exist()
          && base.isExported("jdk.internal.vm", ThreadContainerWalk.class.getModule())) {
        Class<?> containers = Class.forName("jdk.internal.vm.ThreadContainers");
        Class<?> container = Class.forName("jdk.internal.vm.ThreadContainer");
        if ((boolean) containers.getMethod("trackAllThreads").invoke(null)) {
          root = containers.getMethod("root");
          children = container.getMethod("children");
          threads = container.getMethod("threads");
        }
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError absent) {
      root = null; // another JDK's internals: no walk, the scan says what it cannot see
    }
    ROOT = root;
    CHILDREN = children;
    THREADS = threads;
  }

  private ThreadContainerWalk() {}

  /** Whether the walk is possible here (see the class comment). */
  static boolean available() {
    return ROOT != null;
  }

  /** Every virtual thread alive now, in no particular order. */
  static List<Thread> virtualThreads() {
    List<Thread> found = new ArrayList<>();
    try {
      collect(ROOT.invoke(null), found);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("walking the JDK's thread containers failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("the JDK's thread containers are not accessible", e);
    }
    return found;
  }

  private static void collect(Object container, List<Thread> found)
      throws IllegalAccessException, InvocationTargetException {
    try (Stream<?> threads = (Stream<?>) THREADS.invoke(container)) {
      threads.forEach(
          thread -> {
            if (VirtualThreads.isVirtual((Thread) thread)) {
              found.add((Thread) thread);
            }
          });
    }
    List<Object> children;
    try (Stream<?> stream = (Stream<?>) CHILDREN.invoke(container)) {
      children = new ArrayList<>(stream.toList());
    }
    for (Object child : children) {
      collect(child, found);
    }
  }
}
