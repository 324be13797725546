package org.k42j.benchmarks;

import java.util.List;
import java.util.function.Supplier;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.clustering.Declaration;

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

  /**
   * {@code service} in {@code form}, for a service the examples port from a class behind one lock:
   * {@code original} makes that class (locked), {@code annotated} the annotated port (exclusive),
   * and {@code originalAsRep} a run-time declaration with the original class as the rep, made one
   * instance per processor and thread-safe (no guard: the original locks itself) or adaptive and
   * exclusive.
   */
  static <C> C portedForm(
      String service,
      ServiceForm form,
      Supplier<C> original,
      Supplier<C> annotated,
      Supplier<Declaration<C, Void>> originalAsRep) {
    switch (form) {
      case LOCKED:
        return original.get();
      case EXCLUSIVE:
        return annotated.get();
      case THREAD_SAFE:
        return originalAsRep
            .get()
            .policy(Policy.PER_PROCESSOR)
            .concurrency(Concurrency.THREAD_SAFE)
            .build()
            .create();
      case ADAPTIVE:
        return originalAsRep
            .get()
            .policy(Policy.ADAPTIVE)
            .concurrency(Concurrency.EXCLUSIVE)
            .build()
            .create();
      default:
        throw noSuchForm(service, form);
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
