package org.k42j.annotations;

/**
 * Folds the results of a {@link Gather} method across reps.
 *
 * <pre>{@code
 * public final class MergeHistograms implements Combiner<Histogram> {
 *   public Histogram identity() { return Histogram.empty(); }
 *   public Histogram combine(Histogram a, Histogram b) { return a.plus(b); }
 * }
 * }</pre>
 *
 * @param <T> the gather method's (boxed) return type
 */
public interface Combiner<T> {
  /** The result when there is no rep, and the start of the fold. */
  T identity();

  /** Combines the fold so far with one more rep's result. */
  T combine(T accumulated, T next);
}
