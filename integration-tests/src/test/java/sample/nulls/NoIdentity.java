package sample.nulls;

import org.k42j.annotations.Combiner;

public final class NoIdentity implements Combiner<Integer> {
  @Override
  public Integer identity() {
    return null;
  }

  @Override
  public Integer combine(Integer a, Integer b) {
    return a + b;
  }
}
