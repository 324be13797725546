package sample.generics;

import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

public interface Tally<N extends Number> {
  void add(N amount);

  @Gather(reduce = Reduce.SUM)
  N total();

  @Gather(reduce = Reduce.MAX)
  Number peak();
}
