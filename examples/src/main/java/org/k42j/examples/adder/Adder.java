package org.k42j.examples.adder;

import java.io.Serializable;
import org.k42j.annotations.Broadcast;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/**
 * {@link java.util.concurrent.atomic.LongAdder}'s API as a clustered object, written the way a Java
 * developer writes it: the per-rep operations are routed to the calling processor's rep, the totals
 * are gathers, and everything derived from a total is a default method, which runs on the handle,
 * so the {@code sum()} inside it is the gathered total, not one rep's share. Like {@code LongAdder}
 * it is {@code Serializable}: its serial form is every rep's count, read back as a new adder.
 */
@ClusteredObject
public interface Adder extends Serializable {
  /** Adds {@code x} to the calling processor's rep. */
  void add(long x);

  default void increment() {
    add(1L);
  }

  default void decrement() {
    add(-1L);
  }

  /** The sum over every rep; concurrent adds may or may not be seen, as with {@code LongAdder}. */
  @Gather(reduce = Reduce.SUM)
  long sum();

  /** Sets every rep to zero. */
  @Broadcast
  void reset();

  /**
   * Each rep hands over its count and zeroes it in one step, so no add is lost or counted twice.
   */
  @Gather(reduce = Reduce.SUM)
  long sumThenReset();

  /** The sum as a decimal string, as {@code LongAdder.toString()} gives it. */
  @Override
  @Gather(combiner = DecimalSum.class)
  String toString();

  default long longValue() {
    return sum();
  }

  default int intValue() {
    return (int) sum();
  }

  default float floatValue() {
    return (float) sum();
  }

  default double doubleValue() {
    return (double) sum();
  }
}
