package org.k42j.it.serial;

import java.util.List;
import org.k42j.annotations.ExportState;
import org.k42j.annotations.ImportState;
import org.k42j.annotations.Rep;

/** An exclusive per-processor count; its exported state is the count. */
@Rep
@SuppressWarnings("serial") // serializable through the contract, never written itself
final class VisitsRep extends Visits_RepBase implements Visits {
  private long count;

  @Override
  public void visit() {
    count++;
  }

  @Override
  public long total() {
    return count;
  }

  @Override
  public int reps() {
    return 1;
  }

  @Override
  public void clear() {
    count = 0;
  }

  @ExportState
  long exportCount() {
    return count;
  }

  @ImportState
  void importCounts(List<Long> counts) {
    for (long imported : counts) {
      count += imported;
    }
  }
}
