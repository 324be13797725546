package org.k42j.cluster.hits;

import java.util.ArrayList;
import java.util.List;
import org.k42j.annotations.Combiner;

/** Merges tag lists, keeping them sorted. */
public final class SortedTags implements Combiner<List<String>> {
  @Override
  public List<String> identity() {
    return new ArrayList<>();
  }

  @Override
  public List<String> combine(List<String> accumulated, List<String> next) {
    List<String> merged = new ArrayList<>(accumulated);
    merged.addAll(next);
    merged.sort(null);
    return merged;
  }
}
