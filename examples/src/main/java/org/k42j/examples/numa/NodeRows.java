package org.k42j.examples.numa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.k42j.annotations.Combiner;

/** Collects the per-node rows of {@link NodeStats#rows()} into one list ordered by node. */
public final class NodeRows implements Combiner<List<NodeRow>> {
  /** The combiner the generated dispatcher instantiates. */
  public NodeRows() {}

  @Override
  public List<NodeRow> identity() {
    return List.of();
  }

  @Override
  public List<NodeRow> combine(List<NodeRow> accumulated, List<NodeRow> next) {
    List<NodeRow> rows = new ArrayList<>(accumulated);
    rows.addAll(next);
    rows.sort(Comparator.comparingInt(NodeRow::node));
    return List.copyOf(rows);
  }
}
