package org.k42j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a contract method whose result combines all reps: the dispatcher calls it on every existing
 * rep and folds the results, so users do not hand-write the loop. Give exactly one of {@link
 * #reduce()} (built-in, allocation-free for primitives) or {@link #combiner()}.
 *
 * <pre>{@code
 * @Gather(reduce = Reduce.SUM)
 * long value();
 *
 * @Gather(combiner = MergeHistograms.class)
 * Histogram latencies();
 * }</pre>
 *
 * <p>With no rep yet, the result is the reduction's identity (0 for {@code SUM}) or {@link
 * Combiner#identity()}.
 *
 * <p>A gather is not an atomic snapshot: it reads one rep after another while other threads keep
 * calling, so under concurrent updates it can return a total that never existed at any single
 * instant (as {@code LongAdder.sum()} can). It is quiescently consistent: once updates stop, it
 * returns the exact combination of every rep.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Gather {
  /** A built-in reduction; leave {@link Reduce#NONE} to use {@link #combiner()}. */
  Reduce reduce() default Reduce.NONE;

  /**
   * A class with a non-private no-argument constructor implementing {@link Combiner} of the
   * method's (boxed) return type; leave unset to use {@link #reduce()}.
   */
  @SuppressWarnings("rawtypes")
  Class<? extends Combiner> combiner() default Combiner.class;
}
