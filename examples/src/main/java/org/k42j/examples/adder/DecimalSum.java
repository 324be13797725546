package org.k42j.examples.adder;

import org.k42j.annotations.Combiner;

/** Folds the reps' counts, each written as a decimal string, into the decimal string of the sum. */
public final class DecimalSum implements Combiner<String> {
  @Override
  public String identity() {
    return "0";
  }

  @Override
  public String combine(String accumulated, String next) {
    return Long.toString(Long.parseLong(accumulated) + Long.parseLong(next));
  }
}
