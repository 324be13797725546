package org.k42j.processor.validation;

/**
 * What validating one thing gave: a value, a problem to report, or a wait for a later round (with
 * the problem to report if the last round comes first).
 *
 * @param <T> the value's type
 */
final class Outcome<T> {
  private final T value;
  private final Problem problem;
  private final boolean deferred;

  private Outcome(T value, Problem problem, boolean deferred) {
    this.value = value;
    this.problem = problem;
    this.deferred = deferred;
  }

  static <T> Outcome<T> ok(T value) {
    return new Outcome<>(value, null, false);
  }

  /** A mistake in the source: report {@code problem}. */
  static <T> Outcome<T> fail(Problem problem) {
    return new Outcome<>(null, problem, false);
  }

  /**
   * Not decidable yet (a type is still to be generated); {@code ifStillUnresolved} is reported if
   * it is still undecided in the last round.
   */
  static <T> Outcome<T> defer(Problem ifStillUnresolved) {
    return new Outcome<>(null, ifStillUnresolved, true);
  }

  boolean isOk() {
    return problem == null;
  }

  boolean isDeferred() {
    return deferred;
  }

  T value() {
    if (problem != null) {
      throw new IllegalStateException("no value: " + problem.message());
    }
    return value;
  }

  Problem problem() {
    return problem;
  }

  /** This outcome's problem (or deferral) carried over to an outcome of another type. */
  <U> Outcome<U> propagate() {
    if (problem == null) {
      throw new IllegalStateException("nothing to propagate from a successful outcome");
    }
    return new Outcome<>(null, problem, deferred);
  }
}
