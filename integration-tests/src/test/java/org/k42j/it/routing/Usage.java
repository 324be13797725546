package org.k42j.it.routing;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/**
 * A per-tenant usage meter with default methods written the natural way: {@link #busy} and {@link
 * #longValue} call the gathered {@link #count} on {@code this}, so they must run on the handle to
 * see the total; {@link #label} is overridden by the rep; {@link #doubled} is a gathered default.
 */
@ClusteredObject
public interface Usage {
  void record(long amount);

  @Gather(reduce = Reduce.SUM)
  long count();

  /** Not overridden by the rep: runs on the handle, so {@code count()} is the total. */
  default boolean busy(long threshold) {
    return count() > threshold;
  }

  /** Not overridden by the rep: the total, as {@code count()}. */
  default long longValue() {
    return count();
  }

  /** Overridden by the rep: goes to the caller's rep like any plain method. */
  default String label() {
    return "contract";
  }

  /** A gathered default: each rep runs the body on itself, and the results are summed. */
  @Gather(reduce = Reduce.SUM)
  default long doubled() {
    return 2 * count();
  }
}
