package org.k42j.runtime.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Something put between a clustered object's row and its reps while it is needed: a user's
 * interceptor (installed by {@code ClusteredObjects.interpose}), or a hot swap's mediator. The root
 * wraps each rep's call entry in one {@link LayeredEntry} per layer; with no layer the row holds
 * the entries themselves, so the hit path pays nothing when nothing is interposed.
 */
public interface CallLayer {
  /**
   * Runs {@code method} with {@code args} on {@code target} (the next layer, or the rep's entry),
   * or somewhere else ({@code dispatcher}: the call again from the top) when the layer decides so.
   */
  Object call(Object target, Method method, Object[] args, Object dispatcher) throws Throwable;

  /** {@code method.invoke(target, args)}, throwing what the method threw rather than a wrapper. */
  static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
