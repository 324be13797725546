package org.k42j.runtime.clustering;

/**
 * How a contract method is routed: the same five kinds as the processor's {@code MethodModel.Kind},
 * with the same meaning.
 */
enum RouteKind {
  /** To the calling processor's rep (the hit path). */
  DISPATCH,
  /** To every existing rep, results folded by a reduction or a combiner. */
  GATHER,
  /** To every existing rep; returns void. */
  BROADCAST,
  /** To the root object. */
  ON_ROOT,
  /**
   * Nowhere: an undeclared default method the rep class does not override, whose body runs on the
   * handle (see {@link DefaultBodies}).
   */
  DEFAULT_BODY
}
