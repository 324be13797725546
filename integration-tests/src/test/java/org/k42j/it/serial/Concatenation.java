package org.k42j.it.serial;

import java.util.ArrayList;
import java.util.List;
import org.k42j.annotations.Combiner;

/** Every rep's marks, one list after the other. */
public final class Concatenation implements Combiner<List<String>> {
  @Override
  public List<String> identity() {
    return List.of();
  }

  @Override
  public List<String> combine(List<String> accumulated, List<String> next) {
    List<String> all = new ArrayList<>(accumulated);
    all.addAll(next);
    return all;
  }
}
