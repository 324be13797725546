package sample.counter;

import java.util.List;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.ExportState;
import org.k42j.annotations.ImportState;
import org.k42j.annotations.Rep;

@Rep(concurrency = Concurrency.EXCLUSIVE)
public final class CounterRep extends Counter_RepBase implements Counter {
  private long count;

  @ExportState
  long exportCount() {
    return count;
  }

  @ImportState
  void importCounts(List<Long> exported) {
    for (long exportedCount : exported) {
      count += exportedCount;
    }
  }

  @Override
  public void increment() {
    count++;
  }

  @Override
  public void add(long delta) {
    count += delta;
  }

  @Override
  public long value() {
    return count;
  }

  @Override
  public void reset() {
    count = 0;
  }
}
