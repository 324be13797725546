package org.k42j.examples.adder;

import java.util.List;
import org.k42j.annotations.ExportState;
import org.k42j.annotations.ImportState;
import org.k42j.annotations.Rep;

/** One processor's share: a plain field, since one thread at a time is inside an exclusive rep. */
@Rep
@SuppressWarnings("serial") // serializable through the contract; the handle writes the counts
final class AdderRep extends Adder_RepBase implements Adder {
  private long count;

  @Override
  public void add(long x) {
    count += x;
  }

  @Override
  public long sum() {
    return count;
  }

  @Override
  public void reset() {
    count = 0;
  }

  @Override
  public long sumThenReset() {
    long sum = count;
    count = 0;
    return sum;
  }

  /** The serial form and a hot swap carry each rep's count. */
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

  /** This rep's share, for the gathered {@link Adder#toString()}. */
  @Override
  public String toString() {
    return Long.toString(count);
  }
}
