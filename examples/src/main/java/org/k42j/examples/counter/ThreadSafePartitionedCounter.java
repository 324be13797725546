package org.k42j.examples.counter;

import org.k42j.annotations.Broadcast;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/**
 * The same partitioned counter as {@link PartitionedCounter}, served by a thread-safe rep ({@link
 * ThreadSafePartitionedCounterRep}): the runtime puts no guard in front of the rep, and the rep
 * makes its own updates atomic. Same operations, same guarantees: {@link #increment()} and {@link
 * #value()} are linearizable, {@link #reset()} zeroes the reps one after another.
 *
 * <pre>{@code
 * ThreadSafePartitionedCounter counter = ThreadSafePartitionedCounter_Factory.create();
 * counter.increment();
 * }</pre>
 */
@ClusteredObject
public interface ThreadSafePartitionedCounter extends Counter {
  /** Adds one to the calling processor's rep. */
  @Override
  void increment();

  /** The sum of every rep's count. */
  @Override
  @Gather(reduce = Reduce.SUM)
  long value();

  /** Zeroes every existing rep, one after another. */
  @Override
  @Broadcast
  void reset();
}
