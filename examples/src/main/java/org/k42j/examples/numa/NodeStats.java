package org.k42j.examples.numa;

import java.util.List;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;

/**
 * Request statistics with one rep per NUMA node ({@code Policy.PER_NODE}): every processor of a
 * node records into its node's rep, so the counters a request updates stay in the node's memory,
 * and {@link #rows()} gathers one row per node.
 *
 * <pre>{@code
 * NodeStats stats = NodeStats_Factory.create();      // after Kernel.boot: reps per modeled node
 * stats.record(machine.distance(myNode, dataNode), myNode == dataNode);
 * List<NodeRow> rows = stats.rows();
 * }</pre>
 */
@ClusteredObject
public interface NodeStats {
  /** Counts one request whose data was {@code distance} away (SLIT), local or not. */
  void record(int distance, boolean local);

  /** One row per node that recorded anything, ordered by node. */
  @Gather(combiner = NodeRows.class)
  List<NodeRow> rows();
}
