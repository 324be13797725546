package org.k42j.runtime.clustering;

import java.util.List;

/**
 * A second rep class for {@link Counting} (implementing it, unlike {@link SwappableCounter}), for
 * hot swapping a run-time declared object to a declared version and back.
 */
public final class TallyingCounter implements Counting {
  private long imported;
  private long counted;

  @Override
  public void increment() {
    counted++;
  }

  @Override
  public long count() {
    return imported + counted;
  }

  long exportCount() {
    return imported + counted;
  }

  void importCounts(List<Object> counts) {
    for (Object exported : counts) {
      imported += (Long) exported;
    }
  }
}
