package org.k42j.examples.numa;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Rep;

/**
 * One node's statistics. Thread-safe: the node's processors share the rep and run at the same time
 * (one thread per processor, several processors per node), so the counts are {@link LongAdder}s.
 */
@Rep(policy = Policy.PER_NODE, concurrency = Concurrency.THREAD_SAFE)
final class NodeStatsRep extends NodeStats_RepBase implements NodeStats {
  private final LongAdder local = new LongAdder();
  private final LongAdder remote = new LongAdder();
  private final LongAdder distance = new LongAdder();

  @Override
  public void record(int requestDistance, boolean isLocal) {
    (isLocal ? local : remote).increment();
    distance.add(requestDistance);
  }

  @Override
  public List<NodeRow> rows() {
    long localCount = local.sum();
    long remoteCount = remote.sum();
    return List.of(
        new NodeRow(node(), localCount + remoteCount, localCount, remoteCount, distance.sum()));
  }
}
