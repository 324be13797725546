package org.k42j.kernel.memory;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.k42j.annotations.Root;
import org.k42j.kernel.machine.Machine;

/**
 * What the processors of one allocator share: the machine, the node pools, every processor's
 * remote-free list, and each node's other nodes ordered by distance. Immutable after construction
 * (the pools and lists it holds are concurrent objects of their own).
 */
@Root
final class ProcessorSlotsRoot extends ProcessorSlots_RootBase {
  final Machine machine;
  final SlotSpace space;
  final RemoteFrees[] remoteFrees;
  final int batch;
  final int[][] nearest;

  /** Required by the generated factory, which cannot configure an allocator: refuses. */
  ProcessorSlotsRoot() {
    throw new UnsupportedOperationException(
        "an allocator needs its machine, size and batch; create it with new SlotAllocator(...),"
            + " new BlockPool<>(...) or new SlotArena(...)");
  }

  ProcessorSlotsRoot(Machine machine, int perNode, int batch) {
    this.machine = machine;
    this.batch = batch;
    this.space = new SlotSpace(machine.nodeCount(), perNode);
    this.remoteFrees = new RemoteFrees[machine.processorCount()];
    for (int processor = 0; processor < remoteFrees.length; processor++) {
      remoteFrees[processor] = new RemoteFrees(space);
    }
    int nodes = machine.nodeCount();
    this.nearest = new int[nodes][];
    for (int node = 0; node < nodes; node++) {
      int from = node;
      nearest[node] =
          IntStream.range(0, nodes)
              .filter(to -> to != from)
              .boxed()
              .sorted(Comparator.comparingInt((Integer to) -> machine.distance(from, to)))
              .mapToInt(Integer::intValue)
              .toArray();
    }
  }

  @Override
  public String toString() {
    return "ProcessorSlotsRoot["
        + machine
        + ", "
        + space.perNode
        + " slots per node, batch "
        + batch
        + ", nearest "
        + Arrays.deepToString(nearest)
        + "]";
  }
}
