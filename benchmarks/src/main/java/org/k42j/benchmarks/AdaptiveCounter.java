package org.k42j.benchmarks;

import org.k42j.annotations.Broadcast;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;
import org.k42j.examples.counter.Counter;

/**
 * The examples' exclusive per-processor counter under {@code Policy.ADAPTIVE}: one shared rep until
 * a processor meets contention on its guard, then a rep of its own for that processor.
 */
@ClusteredObject
public interface AdaptiveCounter extends Counter {
  @Override
  @Gather(reduce = Reduce.SUM)
  long value();

  @Override
  @Broadcast
  void reset();
}
