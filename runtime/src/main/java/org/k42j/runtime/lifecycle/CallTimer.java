package org.k42j.runtime.lifecycle;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Times calls per contract method: how many, and how long they spent in the rep (from before the
 * rep's guard to after the rep returned, {@link System#nanoTime()}). Thread-safe.
 */
public final class CallTimer implements Interceptor {
  private final ConcurrentHashMap<Method, Totals> totals = new ConcurrentHashMap<>();

  /** Calls of one method and their total time. */
  public record Timing(long calls, long totalNanos) {
    /** The mean time per call, or 0 without calls. */
    public double meanNanos() {
      return calls == 0 ? 0 : (double) totalNanos / calls;
    }
  }

  @Override
  public Object before(Method method) {
    return System.nanoTime();
  }

  @Override
  public void after(Method method, Object token, Throwable failure) {
    long elapsed = System.nanoTime() - (Long) token;
    Totals t = totals.computeIfAbsent(method, m -> new Totals());
    t.calls.increment();
    t.nanos.add(elapsed);
  }

  /** Timings so far per method ({@link Interceptor#describe}), sorted by name. */
  public Map<String, Timing> timings() {
    Map<String, Timing> timings = new TreeMap<>();
    totals.forEach(
        (method, t) ->
            timings.merge(
                Interceptor.describe(method),
                new Timing(t.calls.sum(), t.nanos.sum()),
                (a, b) -> new Timing(a.calls() + b.calls(), a.totalNanos() + b.totalNanos())));
    return timings;
  }

  private static final class Totals {
    final LongAdder calls = new LongAdder();
    final LongAdder nanos = new LongAdder();
  }
}
