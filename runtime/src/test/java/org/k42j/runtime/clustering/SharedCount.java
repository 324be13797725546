package org.k42j.runtime.clustering;

import java.util.concurrent.atomic.AtomicInteger;

/** A root object for {@link Tally}: one count every processor shares. */
public final class SharedCount {
  private final AtomicInteger count = new AtomicInteger();
  final RepSet<Tally> reps;

  SharedCount(RepSet<Tally> reps) {
    this.reps = reps;
  }

  public int shared() {
    return count.incrementAndGet();
  }
}
