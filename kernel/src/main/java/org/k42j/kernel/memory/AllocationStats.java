package org.k42j.kernel.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.k42j.kernel.machine.Machine;

/**
 * A snapshot of an allocator's counters: per processor (gathered from the per-processor reps), per
 * node (the sums over the node's processors) and per node pool. Immutable. Taken while the
 * allocator is in use it is quiescently consistent, like {@code LongAdder.sum()}: each processor's
 * counters are read one after another and may lag its latest operations; once the processors' work
 * happened-before the snapshot (threads joined, say) it is exact.
 */
public final class AllocationStats {
  private final Machine machine;
  private final List<ProcessorCounts> processors;
  private final List<PoolCounts> pools;

  AllocationStats(Machine machine, List<ProcessorCounts> processors, List<PoolCounts> pools) {
    this.machine = machine;
    this.processors = List.copyOf(processors);
    this.pools = List.copyOf(pools);
  }

  /** The counters of the processors that have used the allocator, by increasing processor. */
  public List<ProcessorCounts> processors() {
    return processors;
  }

  /** One processor's counters (all zero if it never used the allocator). */
  public ProcessorCounts processor(int processor) {
    for (ProcessorCounts row : processors) {
      if (row.processor() == processor) {
        return row;
      }
    }
    return ProcessorCounts.zero(processor, machine.nodeOf(processor));
  }

  /** The sum of the counters of {@code node}'s processors ({@code processor()} is -1). */
  public ProcessorCounts node(int node) {
    ProcessorCounts sum = ProcessorCounts.zero(-1, node);
    for (ProcessorCounts row : processors) {
      if (row.node() == node) {
        sum = sum.plus(row, -1, node);
      }
    }
    return sum;
  }

  /** The sum over every processor ({@code processor()} and {@code node()} are -1). */
  public ProcessorCounts total() {
    ProcessorCounts sum = ProcessorCounts.zero(-1, -1);
    for (ProcessorCounts row : processors) {
      sum = sum.plus(row, -1, -1);
    }
    return sum;
  }

  /** Every node pool's state, by node. */
  public List<PoolCounts> pools() {
    return pools;
  }

  /** One node pool's state. */
  public PoolCounts pool(int node) {
    return pools.get(node);
  }

  /** A table with one line per node: allocations, frees, refills and the pool's free slots. */
  @Override
  public String toString() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "%4s %12s %12s %12s %12s %12s %8s %10s",
            "node",
            "local alloc",
            "remote alloc",
            "local free",
            "remote free",
            "back home",
            "refills",
            "pool free"));
    for (int node = 0; node < machine.nodeCount(); node++) {
      ProcessorCounts sum = node(node);
      lines.add(
          String.format(
              Locale.ROOT,
              "%4d %12d %12d %12d %12d %12d %8d %10d",
              node,
              sum.localAllocations(),
              sum.remoteAllocations(),
              sum.localFrees(),
              sum.remoteFrees(),
              sum.returnedHome(),
              pool(node).refills(),
              pool(node).free()));
    }
    return String.join(System.lineSeparator(), lines);
  }
}
