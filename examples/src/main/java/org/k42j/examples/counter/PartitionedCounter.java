package org.k42j.examples.counter;

import org.k42j.annotations.Broadcast;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/**
 * A partitioned counter (the "after"): a clustered object with one rep per processor, each holding
 * that processor's share of the count as a plain {@code long} ({@link PartitionedCounterRep}).
 * Increments touch only the caller's rep; {@link #value()} sums the reps; {@link #reset()} zeroes
 * each of them.
 *
 * <pre>{@code
 * PartitionedCounter counter = PartitionedCounter_Factory.create();
 * // or: ClusteredObjects.create(PartitionedCounter.class)
 * counter.increment();        // the calling processor's rep: count++
 * long total = counter.value(); // sum over every rep
 * }</pre>
 *
 * <p>With {@link #increment()} and {@link #value()} the object is linearizable: a sum collected rep
 * by rep while increments (each by one) land lies between the count at the start and at the end of
 * the collection, so it equals the count at some instant in between. {@link #reset()} is not
 * atomic: it zeroes the reps one after another, so an increment or a {@code value()} running at the
 * same time may see some reps reset and others not. Reset while the counter is quiet.
 */
@ClusteredObject
public interface PartitionedCounter extends Counter {
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
