package org.k42j.runtime.clustering;

import java.util.List;

/** An existing counter class for {@link Adding}, with a way to hand its count over in a swap. */
public class AddingCounter {
  private long count;

  public long addAndGet(long delta) {
    count += delta; // exclusive rep: behind its guard
    return count;
  }

  public long total() {
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
