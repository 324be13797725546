package org.k42j.runtime.clustering;

import java.lang.invoke.MethodHandle;
import org.k42j.runtime.clustering.internal.Route;
import org.k42j.runtime.internal.ClusterRoot;
import org.k42j.runtime.internal.RootCore;

/**
 * The classes generated for one declaration, by their constructors.
 *
 * @param dispatcher {@code (ClusterRoot, Route[])} to the dispatcher
 * @param miss {@code (RootCore)} to the miss object
 * @param guard {@code (RootCore, Object rep)} to a guard, or null for thread-safe reps
 * @param rep the constructor of a rep class (the existing class or the subclass generated to adapt
 *     it), taking nothing or the root object; null when a function makes reps
 * @param repTakesRoot whether {@code rep} takes the root object
 * @param dispatcherClass the dispatcher's class, for inspection
 */
record GeneratedClasses(
    MethodHandle dispatcher,
    MethodHandle miss,
    MethodHandle guard,
    MethodHandle rep,
    boolean repTakesRoot,
    Class<?> dispatcherClass) {

  Object newDispatcher(ClusterRoot<?, ?> root, Route[] routes) {
    return construct(dispatcher, "dispatcher", root, routes);
  }

  Object newMiss(RootCore<?> core) {
    return construct(miss, "miss object", core);
  }

  Object newGuard(RootCore<?> core, Object rep) {
    return construct(guard, "guard", core, rep);
  }

  /** Generated constructors only store their arguments; anything they throw is a bug. */
  private static Object construct(MethodHandle constructor, String what, Object... arguments) {
    try {
      return constructor.invokeWithArguments(arguments);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("a generated " + what + " constructor threw " + e, e);
    }
  }
}
