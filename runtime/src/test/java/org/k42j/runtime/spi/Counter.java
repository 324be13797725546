package org.k42j.runtime.spi;

/** A counter contract for the topology tests, with a plain part per rep. */
public interface Counter {
  void increment();

  long count();

  /** One rep's count. */
  final class Part implements Counter {
    private long count;

    @Override
    public void increment() {
      count++;
    }

    @Override
    public long count() {
      return count;
    }
  }
}
