package org.k42j.benchmarks;

import java.util.Locale;
import org.k42j.examples.counter.Counter;
import org.k42j.examples.counter.PartitionedCounter_Factory;
import org.k42j.examples.counter.SharedCounter;
import org.k42j.examples.counter.ThreadSafePartitionedCounter_Factory;

/**
 * The counters the counter benchmark compares, by the name its {@code impl} parameter uses ({@link
 * #paramName()}: the constant's name in lower case with dashes).
 */
enum CounterKind {
  /** One {@code AtomicLong} (the examples' {@link SharedCounter}). */
  ATOMIC_LONG,
  /** One {@code LongAdder}. */
  LONG_ADDER,
  /** A {@code long} behind one monitor. */
  SYNCHRONIZED,
  /** The examples' per-processor counter, exclusive reps (a plain {@code long} behind a guard). */
  CLUSTERED_PER_PROCESSOR_EXCLUSIVE,
  /**
   * The examples' per-processor counter, exclusive reps, with every thread bound to a processor of
   * its own ({@link DedicatedThreads}): the reps have no guard, an increment is a plain add.
   */
  CLUSTERED_PER_PROCESSOR_EXCLUSIVE_DEDICATED,
  /** The examples' per-processor counter, thread-safe reps (an atomic word each, no guard). */
  CLUSTERED_PER_PROCESSOR_THREAD_SAFE,
  /** One thread-safe rep for every processor. */
  CLUSTERED_SINGLE_THREAD_SAFE,
  /** One exclusive rep for every processor. */
  CLUSTERED_SINGLE_EXCLUSIVE;

  /** The parameter value that selects this kind. */
  String paramName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind a parameter value names. */
  static CounterKind ofParam(String param) {
    for (CounterKind kind : values()) {
      if (kind.paramName().equals(param)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no counter kind named " + param);
  }

  /**
   * Whether this kind runs with {@link DedicatedThreads} installed: the counter must be created
   * after installing it, and every thread that uses it must bind first.
   */
  boolean dedicatedThreads() {
    return this == CLUSTERED_PER_PROCESSOR_EXCLUSIVE_DEDICATED;
  }

  /** A new counter of this kind (for a dedicated-threads kind, create it under them). */
  Counter create() {
    switch (this) {
      case ATOMIC_LONG:
        return new SharedCounter();
      case LONG_ADDER:
        return new LongAdderCounter();
      case SYNCHRONIZED:
        return new SynchronizedCounter();
      case CLUSTERED_PER_PROCESSOR_EXCLUSIVE:
      case CLUSTERED_PER_PROCESSOR_EXCLUSIVE_DEDICATED:
        return PartitionedCounter_Factory.create();
      case CLUSTERED_PER_PROCESSOR_THREAD_SAFE:
        return ThreadSafePartitionedCounter_Factory.create();
      case CLUSTERED_SINGLE_THREAD_SAFE:
        return SingleRepCounter_Factory.create();
      case CLUSTERED_SINGLE_EXCLUSIVE:
        return SingleRepExclusiveCounter_Factory.create();
      default:
        throw new AssertionError(this);
    }
  }
}
