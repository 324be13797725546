package org.k42j.runtime.clustering;

import java.util.List;

/** An existing counter class with a way to hand its count over, for hot-swap tests. */
public class SwappableCounter {
  private long count;

  public void increment() {
    count++;
  }

  public long count() {
    return count;
  }

  long exportCount() {
    return count;
  }

  void importCounts(List<Object> counts) {
    for (Object exported : counts) {
      count += (Long) exported;
    }
  }
}
