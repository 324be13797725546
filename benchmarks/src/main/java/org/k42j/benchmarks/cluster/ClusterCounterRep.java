package org.k42j.benchmarks.cluster;

import java.util.List;
import org.k42j.annotations.ExportState;
import org.k42j.annotations.ImportState;
import org.k42j.annotations.Rep;

/** One processor's count (exclusive: one thread at a time). */
@Rep(root = ClusterCounterRoot.class)
final class ClusterCounterRep extends ClusterCounter_RepBase implements ClusterCounter {
  private long count;

  @Override
  public void increment() {
    count++;
  }

  @Override
  public long total() {
    return count;
  }

  @ExportState
  Long export() {
    return count;
  }

  @ImportState
  void importAll(List<Long> counts) {
    for (long c : counts) {
      count += c;
    }
  }
}
