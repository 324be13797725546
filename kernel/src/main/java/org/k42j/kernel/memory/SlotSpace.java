package org.k42j.kernel.memory;

/**
 * The slots of one allocator: node {@code n} owns the ids {@code n * perNode .. (n + 1) * perNode -
 * 1}, so a slot's id names its home node. Immutable.
 */
final class SlotSpace {
  final NodePool[] pools;
  final int perNode;

  SlotSpace(int nodes, int perNode) {
    this.perNode = perNode;
    this.pools = new NodePool[nodes];
    for (int node = 0; node < nodes; node++) {
      pools[node] = new NodePool(node, node * perNode, perNode);
    }
  }

  /** The number of slots. */
  int size() {
    return pools.length * perNode;
  }

  /** The node whose memory holds {@code slot}. */
  int nodeOf(int slot) {
    return slot / perNode;
  }

  /** The pool of {@code slot}. */
  NodePool poolOf(int slot) {
    return pools[slot / perNode];
  }
}
