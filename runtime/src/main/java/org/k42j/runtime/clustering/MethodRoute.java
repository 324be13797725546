package org.k42j.runtime.clustering;

import java.lang.reflect.Method;
import org.k42j.annotations.Reduce;
import org.k42j.model.RouteKind;

/**
 * One contract method and its route, validated: the run-time counterpart of the processor's {@code
 * MethodModel}.
 *
 * @param method the contract method (the most specific declaration the contract sees)
 * @param kind how calls are routed
 * @param reduce the built-in reduction of a gather, else {@link Reduce#NONE}
 * @param combiner the combiner class of a gather without a reduction, else null
 * @param rootMethod the root's method an on-root method runs, else null
 */
record MethodRoute(
    Method method, RouteKind kind, Reduce reduce, Class<?> combiner, Method rootMethod) {

  /** Whether calls go through the dispatcher's {@code route$}: gathers, broadcasts, on-root. */
  boolean viaRoute() {
    return kind == RouteKind.GATHER || kind == RouteKind.BROADCAST || kind == RouteKind.ON_ROOT;
  }

  static MethodRoute dispatch(Method method) {
    return new MethodRoute(method, RouteKind.DISPATCH, Reduce.NONE, null, null);
  }
}
