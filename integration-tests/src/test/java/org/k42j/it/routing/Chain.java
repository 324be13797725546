package org.k42j.it.routing;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.OnRoot;
import org.k42j.annotations.Reduce;

/**
 * A fluent counter: {@link #add} returns {@code this} in the rep, so calls chain. Every result that
 * may be the rep (declared as the contract or a supertype of it) or the root must reach the caller
 * as the handle.
 */
@ClusteredObject
public interface Chain {
  Chain add(long delta);

  @Gather(reduce = Reduce.SUM)
  long total();

  /** The rep itself, typed as Object. */
  Object self();

  /** The rep with the largest total, as its combiner picks it: the caller gets the handle. */
  @Gather(combiner = Largest.class)
  Object largest();

  /** Something other than the rep: passed through as it is. */
  Object other();

  /** Names the object on the root, which returns itself, typed as Object. */
  @OnRoot
  Object name(String name);

  @OnRoot
  String name();
}
