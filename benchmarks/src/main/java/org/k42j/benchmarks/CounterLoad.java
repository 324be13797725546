package org.k42j.benchmarks;

import org.k42j.examples.counter.Counter;
import org.k42j.examples.counter.PartitionedCounter_Factory;
import org.k42j.examples.counter.SharedCounter;
import org.k42j.examples.counter.ThreadSafePartitionedCounter_Factory;

/** The counter: every call is one increment; the total is the number of calls. */
final class CounterLoad implements ServiceLoad {
  private final ServiceForm form;
  private final Counter counter;

  CounterLoad(ServiceForm form) {
    this.form = form;
    this.counter = create(form);
  }

  private static Counter create(ServiceForm form) {
    switch (form) {
      case LOCKED:
        return new SynchronizedCounter();
      case EXCLUSIVE:
        return PartitionedCounter_Factory.create();
      case THREAD_SAFE:
        return ThreadSafePartitionedCounter_Factory.create();
      case ADAPTIVE:
        return AdaptiveCounter_Factory.create();
      case LONG_ADDER:
        return new LongAdderCounter();
      case ATOMIC_LONG:
        return new SharedCounter();
      default:
        throw ServiceLoad.noSuchForm("counter", form);
    }
  }

  @Override
  public Callers.Caller caller(int index) {
    Counter shared = counter;
    return shared::increment;
  }

  @Override
  public void check(long calls) {
    ServiceLoad.expect("counter value", calls, counter.value());
  }

  @Override
  public void close() {
    ServiceLoad.dispose(form, counter);
  }
}
