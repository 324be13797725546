package org.k42j.examples.stats;

import org.k42j.annotations.Combiner;

/**
 * Folds the reps' snapshots of a {@link ClusteredRequestStats} into one: per endpoint, counts and
 * latencies add up and the maximum is the largest. The generated dispatcher starts from {@link
 * #identity()} and calls {@link #combine} once per rep.
 */
public final class MergeSnapshots implements Combiner<StatsSnapshot> {
  @Override
  public StatsSnapshot identity() {
    return StatsSnapshot.empty();
  }

  @Override
  public StatsSnapshot combine(StatsSnapshot accumulated, StatsSnapshot next) {
    return accumulated.plus(next);
  }
}
