package org.k42j.runtime.clustering;

import org.k42j.annotations.Combiner;

/** Joins descriptions in rep order. */
public final class Concat implements Combiner<String> {
  @Override
  public String identity() {
    return "";
  }

  @Override
  public String combine(String accumulated, String next) {
    return accumulated + next;
  }
}
