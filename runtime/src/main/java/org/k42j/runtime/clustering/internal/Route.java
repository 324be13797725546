package org.k42j.runtime.clustering.internal;

/**
 * How a run-time dispatcher runs a method that does not go to the calling processor's rep: a
 * gather, a broadcast or an on-root method. The generated method packs its arguments (boxed) and
 * converts the result back to its return type.
 */
public interface Route {
  /** Runs the method with {@code arguments}; throws whatever the rep, combiner or root threw. */
  Object call(Object[] arguments) throws Throwable;
}
