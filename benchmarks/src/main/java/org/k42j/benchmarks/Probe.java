package org.k42j.benchmarks;

import org.k42j.annotations.ClusteredObject;

/**
 * The contract of the dispatch-overhead benchmark: two read-only methods of different weight, so
 * the cost of reaching the rep can be seen against a method that does almost nothing and against
 * one that does a little real work.
 */
@ClusteredObject
public interface Probe {
  /** A few arithmetic instructions on the argument and a field of the rep: about one nanosecond. */
  long mix(long x);

  /**
   * Looks {@code key} up in the rep's own open-addressed table (a rep-local cache, the typical
   * per-processor structure): a hash, a probe or two, a compare.
   *
   * @return the value stored under {@code key}, or -1 when it has none
   */
  long lookup(long key);
}
