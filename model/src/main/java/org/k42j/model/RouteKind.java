package org.k42j.model;

/** How a contract method is routed; both front ends route by these kinds, with this meaning. */
public enum RouteKind {
  /** To the calling processor's rep (the hit path). */
  DISPATCH,
  /** To every existing rep, the results folded by a reduction or a combiner. */
  GATHER,
  /** To every existing rep; returns void. */
  BROADCAST,
  /** To the root object. */
  ON_ROOT,
  /**
   * Nowhere: an undeclared (unmarked) default method the rep class does not override, whose body
   * runs on the handle, where {@code this} routes every call it makes as declared.
   */
  DEFAULT_BODY;

  /** Whether calls go to the reps (every one of them): a gather or a broadcast. */
  public boolean visitsReps() {
    return this == GATHER || this == BROADCAST;
  }
}
