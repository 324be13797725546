package org.k42j.benchmarks;

import java.util.List;
import org.k42j.runtime.ClusteredObjects;

/**
 * One service in one form, driven by the callers of an oversubscription point: each caller has
 * state of its own ({@link #caller}), every shot's calls are checked afterwards to the exact total
 * ({@link #check}), and the instance is destroyed at the end ({@link #close}).
 */
interface ServiceLoad extends AutoCloseable {
  /** The services, by the name the {@code service} parameter uses. */
  List<String> SERVICES = List.of("counter", "metrics", "cache", "ids", "stats");

  /** Caller {@code index}'s state and call; made once, before any shot. */
  Callers.Caller caller(int index);

  /**
   * Checks the service's totals after {@code calls} calls in all, made by the callers this load
   * made (no call runs meanwhile).
   *
   * @throws IllegalStateException if a total is not exact
   */
  void check(long calls);

  /** Destroys a clustered instance (its reps run their cleanup). */
  @Override
  void close();

  /** The load of {@code service} in {@code form}. */
  static ServiceLoad of(String service, ServiceForm form) {
    switch (service) {
      case "counter":
        return new CounterLoad(form);
      case "metrics":
        return new MetricsLoad(form);
      case "cache":
        return new CacheLoad(form);
      case "ids":
        return new IdsLoad(form);
      case "stats":
        return new StatsLoad(form);
      default:
        throw new IllegalArgumentException("no service named " + service + "; one of " + SERVICES);
    }
  }

  /** The refusal for a form a service does not have. */
  static IllegalArgumentException noSuchForm(String service, ServiceForm form) {
    return new IllegalArgumentException(
        "the "
            + service
            + " has no form "
            + form.param()
            + " (only the counter has long-adder and atomic-long)");
  }

  /** Destroys {@code instance} if {@code form} is clustered; plain objects are left to the GC. */
  static void dispose(ServiceForm form, Object instance) {
    if (form != ServiceForm.LOCKED && !form.counterOnly()) {
      ClusteredObjects.destroy(instance);
    }
  }

  /** Throws unless {@code actual == expected}. */
  static void expect(String what, long expected, long actual) {
    if (actual != expected) {
      throw new IllegalStateException(what + ": " + actual + ", expected " + expected);
    }
  }
}
