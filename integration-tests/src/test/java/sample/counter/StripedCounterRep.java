package sample.counter;

import java.util.List;
import org.k42j.annotations.ExportState;
import org.k42j.annotations.ImportState;
import org.k42j.annotations.RepVersion;

/** A second version of the counter's rep: its count is an imported base plus its own. */
@RepVersion(of = CounterRep.class)
public final class StripedCounterRep extends Counter_RepBase implements Counter {
  private long imported;
  private long counted;

  @ExportState
  long exportCount() {
    return imported + counted;
  }

  @ImportState
  void importCounts(List<Long> exported) {
    for (long exportedCount : exported) {
      imported += exportedCount;
    }
  }

  @Override
  public void increment() {
    counted++;
  }

  @Override
  public void add(long delta) {
    counted += delta;
  }

  @Override
  public long value() {
    return imported + counted;
  }

  @Override
  public void reset() {
    imported = 0;
    counted = 0;
  }
}
