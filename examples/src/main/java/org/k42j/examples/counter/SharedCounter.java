package org.k42j.examples.counter;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The conventional shared counter (the "before"): one {@link AtomicLong} that every thread
 * increments. Correct and simple, but every increment from every processor is a read-modify-write
 * of the same cache line, which the processors pass between them.
 *
 * <p>Invariant: {@code count} is the number of increments since the last reset; every operation is
 * a single atomic access, so the counter is linearizable.
 */
public final class SharedCounter implements Counter {
  private final AtomicLong count = new AtomicLong();

  @Override
  public void increment() {
    count.incrementAndGet();
  }

  @Override
  public long value() {
    return count.get();
  }

  @Override
  public void reset() {
    count.set(0);
  }
}
