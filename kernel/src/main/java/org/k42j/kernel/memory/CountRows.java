package org.k42j.kernel.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.k42j.annotations.Combiner;

/** Per-processor counters gathered from the reps of {@link ProcessorSlots}; immutable. */
final class CountRows {
  static final CountRows EMPTY = new CountRows(List.of());

  final List<ProcessorCounts> rows; // sorted by processor

  private CountRows(List<ProcessorCounts> rows) {
    this.rows = rows;
  }

  static CountRows of(ProcessorCounts row) {
    return new CountRows(List.of(row));
  }

  CountRows with(CountRows other) {
    List<ProcessorCounts> merged = new ArrayList<>(rows);
    merged.addAll(other.rows);
    merged.sort(Comparator.comparingInt(ProcessorCounts::processor));
    return new CountRows(Collections.unmodifiableList(merged));
  }

  /** Folds the reps' rows into one table. */
  static final class Fold implements Combiner<CountRows> {
    @Override
    public CountRows identity() {
      return EMPTY;
    }

    @Override
    public CountRows combine(CountRows accumulated, CountRows next) {
      return accumulated.with(next);
    }
  }
}
