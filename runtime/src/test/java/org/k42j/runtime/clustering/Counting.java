package org.k42j.runtime.clustering;

/** A contract that {@link PlainCounter} has the methods of, without implementing it. */
public interface Counting {
  void increment();

  long count();
}
