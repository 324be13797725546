package org.k42j.runtime.lincheck;

/**
 * The sequential specification of the fixture Counter: one plain total. The overloads with a thread
 * index match operations that pin each Lincheck thread to a processor; the index does not change
 * what a sequential counter does.
 */
public final class SequentialCounter {
  private long total;

  public void increment() {
    total++;
  }

  public void increment(int thread) {
    increment();
  }

  public void add(long delta) {
    total += delta;
  }

  public void add(int thread, long delta) {
    add(delta);
  }

  public long value() {
    return total;
  }

  /** A hot swap moves the state; the total it holds does not change. */
  public void swap(int policy) {}
}
