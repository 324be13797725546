package org.k42j.benchmarks;

import org.k42j.examples.counter.Counter;

/**
 * A counter behind one monitor (K42's "shared counter": one rep with a lock, written by hand): a
 * baseline. Invariant: {@code count} is read and written only while holding this object's monitor.
 */
final class SynchronizedCounter implements Counter {
  private long count;

  @Override
  public synchronized void increment() {
    count++;
  }

  @Override
  public synchronized long value() {
    return count;
  }

  @Override
  public synchronized void reset() {
    count = 0;
  }
}
