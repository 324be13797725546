package org.k42j.runtime.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A rep's call entry wrapped in one {@link CallLayer}: a {@link Proxy} of the contract, so it can
 * stand in the row and in the rep set where the entry stood. Made only while a layer is installed
 * (interposition, a hot swap), never on the plain hit path; its reflective call costs what
 * interposition is allowed to cost.
 */
final class LayeredEntry implements InvocationHandler {
  private final CallLayer layer;
  private final Object target;
  private final Object dispatcher;

  private LayeredEntry(CallLayer layer, Object target, Object dispatcher) {
    this.layer = layer;
    this.target = target;
    this.dispatcher = dispatcher;
  }

  /** {@code target} (an entry of {@code contract}) behind {@code layer}. */
  static Object wrap(Class<?> contract, CallLayer layer, Object target, Object dispatcher) {
    return Proxy.newProxyInstance(
        contract.getClassLoader(),
        new Class<?>[] {contract},
        new LayeredEntry(layer, target, dispatcher));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return CallLayer.invoke(target, method, args); // equals, hashCode, toString: the entry's
    }
    method.trySetAccessible(); // a package-private contract's methods, called from here
    Object result = layer.call(target, method, args, dispatcher);
    // An entry returning itself (a fluent rep's guard) hands back this proxy, which stands where
    // the entry stood, so the dispatcher recognizes its own entry and returns the handle.
    return result == target ? proxy : result;
  }
}
