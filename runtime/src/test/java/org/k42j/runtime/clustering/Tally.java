package org.k42j.runtime.clustering;

/** A contract for the run-time path's tests: a tally with every kind of route. */
public interface Tally {
  void add(long delta);

  long total();

  long largest();

  boolean allPositive();

  String describe();

  void reset();

  int shared();
}
