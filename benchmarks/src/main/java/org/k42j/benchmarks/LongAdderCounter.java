package org.k42j.benchmarks;

import java.util.concurrent.atomic.LongAdder;
import org.k42j.examples.counter.Counter;

/** The JDK's striped counter behind the examples' {@link Counter} interface: a baseline. */
final class LongAdderCounter implements Counter {
  private final LongAdder count = new LongAdder();

  @Override
  public void increment() {
    count.increment();
  }

  @Override
  public long value() {
    return count.sum();
  }

  @Override
  public void reset() {
    count.reset();
  }
}
