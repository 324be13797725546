package org.k42j.runtime.lifecycle;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts calls per contract method. Thread-safe; counts are exact once calls have stopped (a {@link
 * LongAdder} per method).
 */
public final class CallCounter implements Interceptor {
  private final ConcurrentHashMap<Method, LongAdder> calls = new ConcurrentHashMap<>();

  @Override
  public Object before(Method method) {
    calls.computeIfAbsent(method, m -> new LongAdder()).increment();
    return null;
  }

  @Override
  public void after(Method method, Object token, Throwable failure) {}

  /** Calls seen so far per method ({@link Interceptor#describe}), sorted by name. */
  public Map<String, Long> counts() {
    Map<String, Long> counts = new TreeMap<>();
    calls.forEach(
        (method, adder) -> counts.merge(Interceptor.describe(method), adder.sum(), Long::sum));
    return counts;
  }

  /** Calls seen so far of the method described as {@code method} ({@code "add(long)"}). */
  public long count(String method) {
    return counts().getOrDefault(method, 0L);
  }
}
