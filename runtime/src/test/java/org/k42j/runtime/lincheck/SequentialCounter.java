package org.k42j.runtime.lincheck;

/** The sequential specification of the fixture Counter: one plain total. */
public final class SequentialCounter {
  private long total;

  public void increment() {
    total++;
  }

  public void add(long delta) {
    total += delta;
  }

  public long value() {
    return total;
  }
}
