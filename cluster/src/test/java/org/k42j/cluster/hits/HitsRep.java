package org.k42j.cluster.hits;

import java.util.ArrayList;
import java.util.List;
import org.k42j.annotations.ExportState;
import org.k42j.annotations.ImportState;
import org.k42j.annotations.Rep;

/** One processor's hits and tags (exclusive: one thread at a time). */
@Rep(root = HitsRoot.class)
final class HitsRep extends Hits_RepBase implements Hits {
  private long hits;
  private final List<String> tags = new ArrayList<>();

  @Override
  public void hit() {
    hits++;
  }

  @Override
  public void hit(long n, String tag) {
    hits += n;
    tags.add(tag);
  }

  @Override
  public long memberHits() {
    return hits;
  }

  @Override
  public long clusterHits() {
    return hits;
  }

  @Override
  public long busiestRep() {
    return hits;
  }

  @Override
  public List<String> tags() {
    return new ArrayList<>(tags);
  }

  @Override
  public void reset() {
    hits = 0;
    tags.clear();
  }

  @ExportState
  HitsState export() {
    return new HitsState(hits, new ArrayList<>(tags));
  }

  @ImportState
  void importAll(List<HitsState> states) {
    for (HitsState state : states) {
      hits += state.hits();
      tags.addAll(state.tags());
    }
  }
}
