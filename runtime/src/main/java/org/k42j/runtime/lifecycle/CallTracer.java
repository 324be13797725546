package org.k42j.runtime.lifecycle;

import java.lang.reflect.Method;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Traces calls: one line per call, after it returned, to a sink the caller gives (a logger, a
 * list): {@code "org.example.Counter.add(long) on worker-3: returned in 412 ns"} or {@code "...:
 * threw java.lang.IllegalStateException in 80 ns"}. The sink is called on the calling thread, so it
 * must be thread-safe.
 */
public final class CallTracer implements Interceptor {
  private final String contract;
  private final Consumer<String> sink;

  /** Traces calls of an object of {@code contract} to {@code sink}. */
  public CallTracer(Class<?> contract, Consumer<String> sink) {
    this.contract = Objects.requireNonNull(contract, "contract is null").getName();
    this.sink = Objects.requireNonNull(sink, "sink is null; pass where trace lines go");
  }

  @Override
  public Object before(Method method) {
    return System.nanoTime();
  }

  @Override
  public void after(Method method, Object token, Throwable failure) {
    long elapsed = System.nanoTime() - (Long) token;
    sink.accept(
        contract
            + "."
            + Interceptor.describe(method)
            + " on "
            + Thread.currentThread().getName()
            + ": "
            + (failure == null ? "returned" : "threw " + failure.getClass().getName())
            + " in "
            + elapsed
            + " ns");
  }
}
