package sample.generics;

import org.k42j.annotations.Rep;

@Rep
public final class ScoresRep implements Scores {
  private long total;
  private long peak = Long.MIN_VALUE;

  public ScoresRep() {}

  @Override
  public void add(Long amount) {
    total += amount;
    peak = Math.max(peak, amount);
  }

  @Override
  public Long total() {
    return total;
  }

  @Override
  public Long peak() {
    return peak;
  }

  @Override
  public Integer apply(String key) {
    return key.length() * 1000 + (int) (total % 1000);
  }
}
