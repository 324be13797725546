package org.k42j.it.routing;

import org.k42j.annotations.Combiner;

/** Picks the {@link Chain} rep (through its entry) with the largest total. */
public final class Largest implements Combiner<Object> {
  public Largest() {}

  @Override
  public Object identity() {
    return null;
  }

  @Override
  public Object combine(Object best, Object next) {
    return best == null || ((Chain) next).total() > ((Chain) best).total() ? next : best;
  }
}
