package org.k42j.examples.counter;

/**
 * The operations every counter in this package offers, so the shared "before" and the clustered
 * "after" forms can be driven, measured and tested by the same code.
 *
 * <pre>{@code
 * Counter counter = PartitionedCounter_Factory.create();   // or new SharedCounter()
 * counter.increment();
 * long n = counter.value();
 * }</pre>
 */
public interface Counter {
  /** Adds one. */
  void increment();

  /** The number of increments since creation or the last {@link #reset()}. */
  long value();

  /** Sets the count back to zero. */
  void reset();
}
