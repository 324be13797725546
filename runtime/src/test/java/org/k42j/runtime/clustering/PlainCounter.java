package org.k42j.runtime.clustering;

import java.util.concurrent.atomic.AtomicLong;

/** An existing thread-safe class with no interface. */
public class PlainCounter {
  private final AtomicLong count = new AtomicLong();

  public void increment() {
    count.incrementAndGet();
  }

  public long count() {
    return count.get();
  }
}
