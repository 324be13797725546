package org.k42j.runtime.lifecycle;

import java.lang.reflect.Method;

/**
 * Sees every call that reaches the reps of a clustered object it is interposed on ({@link
 * org.k42j.runtime.ClusteredObjects#interpose}): K42's interposition, an arbiter put in front of a
 * live object by resetting its translation entries.
 *
 * <p>{@link #before} runs on the calling thread before the call enters the rep (an exclusive rep's
 * guard included), {@link #after} after it left, with what {@code before} returned. A gather or a
 * broadcast is seen once per rep it visits. Both run concurrently from many threads, so an
 * interceptor must be thread-safe, and must not call the object it watches. Implementations here:
 * {@link CallCounter}, {@link CallTimer}, {@link CallTracer}.
 */
public interface Interceptor {
  /**
   * Before a call on {@code method} (a method of the contract) enters a rep.
   *
   * @return anything {@link #after} needs (a start time), or null
   */
  Object before(Method method);

  /**
   * After the call left the rep; {@code failure} is what it threw, or null when it returned.
   *
   * @param token what {@link #before} returned for this call
   */
  void after(Method method, Object token, Throwable failure);

  /** How interceptors name a contract method: {@code add(long)}. */
  static String describe(Method method) {
    StringBuilder name = new StringBuilder(method.getName()).append('(');
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      name.append(i == 0 ? "" : ", ").append(parameters[i].getSimpleName());
    }
    return name.append(')').toString();
  }
}
