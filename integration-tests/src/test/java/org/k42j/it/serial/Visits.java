package org.k42j.it.serial;

import java.io.Serializable;
import org.k42j.annotations.Broadcast;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/** A serializable visit counter: its serial form is every rep's exported count. */
@ClusteredObject
public interface Visits extends Serializable {
  void visit();

  @Gather(reduce = Reduce.SUM)
  long total();

  @Gather(reduce = Reduce.SUM)
  int reps();

  @Broadcast
  void clear();
}
