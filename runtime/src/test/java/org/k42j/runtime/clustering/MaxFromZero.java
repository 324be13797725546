package org.k42j.runtime.clustering;

import org.k42j.annotations.Combiner;

/** The largest value, or 0 when there is none: docs/porting.md's way to keep a locked max(). */
public final class MaxFromZero implements Combiner<Long> {
  @Override
  public Long identity() {
    return 0L;
  }

  @Override
  public Long combine(Long max, Long next) {
    return Math.max(max, next);
  }
}
