package org.k42j.examples;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.k42j.examples.counter.Counter;
import org.k42j.examples.counter.PartitionedCounter_Factory;
import org.k42j.examples.counter.SharedCounter;
import org.k42j.examples.counter.ThreadSafePartitionedCounter_Factory;
import org.k42j.examples.stats.ClusteredRequestStats_Factory;
import org.k42j.examples.stats.RequestStats;
import org.k42j.examples.stats.SynchronizedRequestStats;
import org.k42j.runtime.spi.DedicatedThreadIdentity;

/**
 * The forms the demo measures: a service (the counter or the request statistics), how it is
 * provided, whether it is a clustered object, and whether its threads are dedicated (each bound to
 * a processor of its own under a {@link DedicatedThreadIdentity}, so exclusive reps have no guard).
 */
enum DemoForm {
  COUNTER_ATOMIC_LONG(Service.COUNTER, "shared (AtomicLong)", SharedCounter::new, false, false),
  COUNTER_LONG_ADDER(Service.COUNTER, "JDK LongAdder", AdderCounter::new, false, false),
  COUNTER_EXCLUSIVE(
      Service.COUNTER, "clustered, exclusive rep", PartitionedCounter_Factory::create, true, false),
  COUNTER_THREAD_SAFE(
      Service.COUNTER,
      "clustered, thread-safe rep",
      ThreadSafePartitionedCounter_Factory::create,
      true,
      false),
  COUNTER_DEDICATED(
      Service.COUNTER,
      "clustered, exclusive, dedicated",
      PartitionedCounter_Factory::create,
      true,
      true),
  STATS_SYNCHRONIZED(
      Service.STATS, "shared (synchronized)", SynchronizedRequestStats::new, false, false),
  STATS_EXCLUSIVE(
      Service.STATS,
      "clustered, exclusive rep",
      ClusteredRequestStats_Factory::create,
      true,
      false),
  STATS_DEDICATED(
      Service.STATS,
      "clustered, exclusive, dedicated",
      ClusteredRequestStats_Factory::create,
      true,
      true);

  /** What a form provides. */
  enum Service {
    COUNTER("counter"),
    STATS("stats");

    final String label;

    Service(String label) {
      this.label = label;
    }
  }

  final Service service;
  final String label;
  private final Supplier<?> create;
  final boolean clustered;
  final boolean dedicated;

  DemoForm(
      Service service, String label, Supplier<?> create, boolean clustered, boolean dedicated) {
    this.service = service;
    this.label = label;
    this.create = create;
    this.clustered = clustered;
    this.dedicated = dedicated;
  }

  /** A new counter of this form; only for counter forms. */
  Counter newCounter() {
    if (service != Service.COUNTER) {
      throw new IllegalStateException(this + " is not a counter");
    }
    return (Counter) create.get();
  }

  /** New request statistics of this form; only for statistics forms. */
  RequestStats newStats() {
    if (service != Service.STATS) {
      throw new IllegalStateException(this + " is not request statistics");
    }
    return (RequestStats) create.get();
  }

  /** Whether this is the shared form its service's other forms are compared with. */
  boolean sharedBaseline() {
    return this == COUNTER_ATOMIC_LONG || this == STATS_SYNCHRONIZED;
  }

  /** The name on a child JVM's command line: the constant's name in lower case with dashes. */
  String argument() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The form an argument names. */
  static DemoForm ofArgument(String argument) {
    for (DemoForm form : values()) {
      if (form.argument().equals(argument)) {
        return form;
      }
    }
    throw new IllegalArgumentException("no demo form named '" + argument + "'");
  }

  /** The JDK's own striped counter, for comparison. */
  static final class AdderCounter implements Counter {
    private final LongAdder adder = new LongAdder();

    @Override
    public void increment() {
      adder.increment();
    }

    @Override
    public long value() {
      return adder.sum();
    }

    @Override
    public void reset() {
      adder.reset();
    }
  }
}
