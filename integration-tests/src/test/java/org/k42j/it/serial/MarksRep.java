package org.k42j.it.serial;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.ExportState;
import org.k42j.annotations.ImportState;
import org.k42j.annotations.Rep;

/** Thread-safe marks; the exported state is a serializable copy of them. */
@Rep(concurrency = Concurrency.THREAD_SAFE)
@SuppressWarnings("serial") // serializable through the contract, never written itself
final class MarksRep implements Marks {
  private final List<String> marks = new CopyOnWriteArrayList<>();

  @Override
  public void mark(String name) {
    marks.add(name);
  }

  @Override
  public List<String> marks() {
    return List.copyOf(marks);
  }

  @ExportState
  ArrayList<String> exportMarks() {
    return new ArrayList<>(marks);
  }

  @ImportState
  void importMarks(List<ArrayList<String>> exported) {
    exported.forEach(marks::addAll);
  }
}
