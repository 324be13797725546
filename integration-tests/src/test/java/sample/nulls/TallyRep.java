package sample.nulls;

import org.k42j.annotations.Rep;

@Rep
public final class TallyRep implements Tally {
  private Integer value = 0;

  @Override
  public void set(Integer value) {
    this.value = value;
  }

  @Override
  public Integer highest() {
    return value;
  }

  @Override
  public int total() {
    return 1;
  }

  @Override
  public long merged() {
    return value == null ? 0 : value;
  }
}
