package org.k42j.runtime;

import java.lang.reflect.Method;
import org.k42j.runtime.internal.CallLayer;
import org.k42j.runtime.internal.RootCore;
import org.k42j.runtime.lifecycle.Interceptor;
import org.k42j.runtime.lifecycle.Interposition;

/**
 * A user's {@link Interceptor} as a {@link CallLayer} on one object, and the handle that removes
 * it.
 *
 * <p>Invariants: once {@link #close()} has returned, no call that starts afterwards reaches the
 * interceptor (entries read earlier skip it, reading {@code removed}); a call that passed {@code
 * before} always gets its {@code after}.
 */
final class Interception implements CallLayer, Interposition {
  private final RootCore<?> core;
  private final Interceptor interceptor;
  private volatile boolean removed;

  Interception(RootCore<?> core, Interceptor interceptor) {
    this.core = core;
    this.interceptor = interceptor;
  }

  @Override
  public Object call(Object target, Method method, Object[] args, Object dispatcher)
      throws Throwable {
    if (removed) {
      return CallLayer.invoke(target, method, args);
    }
    Object token = interceptor.before(method);
    Object result;
    try {
      result = CallLayer.invoke(target, method, args);
    } catch (Throwable failure) {
      interceptor.after(method, token, failure);
      throw failure;
    }
    interceptor.after(method, token, null);
    return result;
  }

  @Override
  public Interceptor interceptor() {
    return interceptor;
  }

  @Override
  public void close() {
    if (!removed) {
      removed = true;
      core.removeLayer(this);
    }
  }
}
