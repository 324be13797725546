package org.k42j.annotations;

/**
 * Built-in reductions for {@link Gather}, written out as a plain loop in the generated code.
 *
 * <pre>{@code
 * @Gather(reduce = Reduce.MAX)
 * long peak();
 * }</pre>
 */
public enum Reduce {
  /** No built-in reduction: {@link Gather#combiner()} is used. */
  NONE,
  /** Sum of numeric results ({@code int}, {@code long}, {@code double}, {@code float} or boxed). */
  SUM,
  /** Smallest numeric result; the type's largest value when there is no rep. */
  MIN,
  /** Largest numeric result; the type's smallest value when there is no rep. */
  MAX,
  /** Logical and of {@code boolean} results; {@code true} when there is no rep. */
  ALL,
  /** Logical or of {@code boolean} results; {@code false} when there is no rep. */
  ANY
}
