package sample.nulls;

import org.k42j.annotations.Combiner;

/** Sums, but loses track once the sum passes 10. */
public final class LosesTrack implements Combiner<Long> {
  @Override
  public Long identity() {
    return 0L;
  }

  @Override
  public Long combine(Long a, Long b) {
    return a + b > 10 ? null : a + b;
  }
}
