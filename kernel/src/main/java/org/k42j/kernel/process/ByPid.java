package org.k42j.kernel.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.k42j.annotations.Combiner;
import org.k42j.kernel.dispatch.AddressSpace;

/** Merges reps' process lists into one list ordered by pid. */
public final class ByPid implements Combiner<List<AddressSpace>> {
  /** The combiner the generated process-table dispatcher instantiates. */
  public ByPid() {}

  @Override
  public List<AddressSpace> identity() {
    return List.of();
  }

  @Override
  public List<AddressSpace> combine(List<AddressSpace> accumulated, List<AddressSpace> next) {
    List<AddressSpace> merged = new ArrayList<>(accumulated.size() + next.size());
    merged.addAll(accumulated);
    merged.addAll(next);
    merged.sort(Comparator.comparingInt(AddressSpace::pid));
    return List.copyOf(merged);
  }
}
