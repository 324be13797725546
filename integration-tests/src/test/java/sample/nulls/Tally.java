package sample.nulls;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

@ClusteredObject
public interface Tally {
  void set(Integer value);

  @Gather(reduce = Reduce.MAX)
  Integer highest();

  @Gather(combiner = NoIdentity.class)
  int total();

  @Gather(combiner = LosesTrack.class)
  long merged();
}
