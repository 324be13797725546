package org.k42j.it.routing;

import org.k42j.annotations.Combiner;

/** Joins non-empty strings with commas. */
public final class CommaJoin implements Combiner<String> {
  public CommaJoin() {}

  @Override
  public String identity() {
    return "";
  }

  @Override
  public String combine(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "," + b;
  }
}
