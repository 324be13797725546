package org.k42j.kernel.memory;

import org.k42j.annotations.Rep;

/**
 * One processor's part of the allocator: its cache of free slots of its own node, its counters, and
 * the remote-free list other processors send its blocks home through.
 *
 * <p>Plain sequential code: the rep is exclusive, so one thread at a time runs in it (the kernel's
 * virtual processors run one thread each; on plain JVM threads the runtime puts a guard in front).
 * Other processors never enter it: they reach this processor only through its {@link RemoteFrees},
 * which is lock-free.
 *
 * <p>Invariants: every slot in the cache is free (owner {@link NodePool#FREE}) and on this
 * processor's node; the cache holds at most {@code 2 * batch} slots (beyond that a batch goes back
 * to the node pool); a slot whose memory is on another node is never cached: it was taken from that
 * node's pool one at a time and goes straight back there when its home frees it.
 */
@Rep(root = ProcessorSlotsRoot.class)
final class ProcessorSlotsRep extends ProcessorSlots_RepBase implements ProcessorSlots {
  private final int processor;
  private final int node;
  private final int batch;
  private final SlotSpace space;
  private final NodePool local;
  private final RemoteFrees mine;
  private final RemoteFrees[] homes;
  private final int[] nearest; // the other nodes, nearest first
  private final LocalCache cache;

  ProcessorSlotsRep() {
    ProcessorSlotsRoot root = root();
    processor = slot();
    int processors = root.machine.processorCount();
    if (processor >= processors) {
      throw new IllegalStateException(
          "processor "
              + processor
              + " allocates, but the allocator serves the "
              + processors
              + " processors of "
              + root.machine
              + "; create the allocator for the machine whose processors call it");
    }
    node = root.machine.nodeOf(processor);
    batch = root.batch;
    space = root.space;
    local = space.pools[node];
    homes = root.remoteFrees;
    mine = homes[processor];
    nearest = root.nearest[node];
    cache = new LocalCache(2 * batch);
  }

  @Override
  public int allocate() {
    LocalCache c = cache;
    if (c.size > 0) { // the fast path: a cached slot is always of this node
      int slot = c.cached[--c.size];
      local.owner[slot - local.base] = processor;
      c.localAllocation();
      return slot;
    }
    int slot = refill();
    NodePool pool = space.poolOf(slot);
    pool.owner[slot - pool.base] = processor;
    if (pool.node == node) {
      c.localAllocation();
    } else {
      c.remoteAllocation();
    }
    return slot;
  }

  /** A free slot when the cache is empty: sent home, refilled, or from the nearest node. */
  private int refill() {
    LocalCache c = cache;
    takeBackRemoteFrees();
    if (c.size > 0) {
      return c.cached[--c.size];
    }
    int taken = local.take(c.cached, 0, batch);
    if (taken > 0) {
      c.refill();
      c.size = taken;
      return c.cached[--c.size];
    }
    for (int other : nearest) {
      int slot = space.pools[other].takeOne();
      if (slot >= 0) {
        return slot;
      }
    }
    // Last resort: blocks freed remotely but not yet taken back by their homes.
    for (RemoteFrees list : homes) {
      for (int slot = list.drain(); slot != RemoteFrees.EMPTY; ) {
        int next = list.next(slot);
        space.poolOf(slot).giveOne(slot);
        slot = next;
      }
    }
    int slot = local.takeOne();
    for (int i = 0; slot < 0 && i < nearest.length; i++) {
      slot = space.pools[nearest[i]].takeOne();
    }
    if (slot < 0) {
      throw new OutOfBlocksException(
          "no free block on any of the "
              + space.pools.length
              + " nodes ("
              + space.perNode
              + " per node); free blocks, or create the allocator with more blocks per node (up to"
              + " 2 x "
              + batch
              + " per processor may sit in processor caches)");
    }
    return slot;
  }

  /** Takes back the blocks other processors freed and sent home here. */
  private void takeBackRemoteFrees() {
    for (int slot = mine.drain(); slot != RemoteFrees.EMPTY; ) {
      int next = mine.next(slot); // read before the slot can be handed out again
      cache.returnedHome();
      keep(slot);
      slot = next;
    }
  }

  @Override
  public void free(int slot) {
    if (slot < 0 || slot >= space.size()) {
      throw new IllegalArgumentException(
          "slot "
              + slot
              + " is not a slot of this allocator (0.."
              + (space.size() - 1)
              + "); free only what allocate() returned");
    }
    NodePool pool = space.poolOf(slot);
    int index = slot - pool.base;
    int home = pool.owner[index];
    if (home == NodePool.FREE) {
      throw new IllegalStateException(
          "slot " + slot + " is already free (freed twice, or never allocated); free a block once");
    }
    pool.owner[index] = NodePool.FREE;
    if (home == processor) {
      LocalCache c = cache;
      c.localFree();
      if (pool == local && c.size < c.cached.length) { // the fast path
        c.cached[c.size++] = slot;
      } else {
        keep(slot);
      }
    } else {
      cache.remoteFree();
      homes[home].push(slot);
    }
  }

  /** A free slot this processor is home of: into the cache, or back to its node if remote. */
  private void keep(int slot) {
    NodePool pool = space.poolOf(slot);
    if (pool != local) {
      pool.giveOne(slot);
      return;
    }
    LocalCache c = cache;
    if (c.size == c.cached.length) {
      local.give(c.cached, 0, batch); // the coldest half
      System.arraycopy(c.cached, batch, c.cached, 0, c.size - batch);
      c.size -= batch;
      c.spill();
    }
    c.cached[c.size++] = slot;
  }

  @Override
  public CountRows counts() {
    return CountRows.of(cache.counts(processor, node));
  }

  @Override
  public SlotList cachedSlots() {
    return new SlotList(java.util.Arrays.copyOf(cache.cached, cache.size));
  }
}
