package org.k42j.processor.common;

/**
 * What validating one thing gave: a value, a problem to report, or a wait for a later round (with
 * the problem to report if the last round comes first).
 *
 * @param <T> the value's type
 */
public final class Outcome<T> {
  private final T value;
  private final Problem problem;
  private final boolean deferred;

  private Outcome(T value, Problem problem, boolean deferred) {
    this.value = value;
    this.problem = problem;
    this.deferred = deferred;
  }

  public static <T> Outcome<T> ok(T value) {
    return new Outcome<>(value, null, false);
  }

  /** A mistake in the source: report {@code problem}. */
  public static <T> Outcome<T> fail(Problem problem) {
    return new Outcome<>(null, problem, false);
  }

  /**
   * Not decidable yet (a type is still to be generated); {@code ifStillUnresolved} is reported if
   * it is still undecided in the last round.
   */
  public static <T> Outcome<T> defer(Problem ifStillUnresolved) {
    return new Outcome<>(null, ifStillUnresolved, true);
  }

  public boolean isOk() {
    return problem == null;
  }

  public boolean isDeferred() {
    return deferred;
  }

  public T value() {
    if (problem != null) {
      throw new IllegalStateException("no value: " + problem.message());
    }
    return value;
  }

  public Problem problem() {
    return problem;
  }

  /** This outcome's problem (or deferral) carried over to an outcome of another type. */
  public <U> Outcome<U> propagate() {
    if (problem == null) {
      throw new IllegalStateException("nothing to propagate from a successful outcome");
    }
    return new Outcome<>(null, problem, deferred);
  }
}
