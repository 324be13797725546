package sample.counter;

import org.k42j.annotations.Broadcast;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

@ClusteredObject
public interface Counter {
  void increment();

  void add(long delta);

  @Gather(reduce = Reduce.SUM)
  long value();

  @Broadcast
  void reset();
}
