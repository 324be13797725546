package org.k42j.kernel.memory;

import java.util.ArrayList;
import java.util.List;
import org.k42j.kernel.machine.Machine;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;

/**
 * A locality-aware allocator of fixed-size slots, after K42's per-processor memory: each node of
 * the {@link Machine} owns a pool of slots (its memory), each processor keeps a cache of free slots
 * of its own node, and a slot freed on a processor other than the one that allocated it goes back
 * to that home processor. Slots are ids {@code 0..slotCount()-1}; node {@code n} owns {@code n *
 * slotsPerNode() .. (n + 1) * slotsPerNode() - 1}. {@link BlockPool} (pooled objects) and {@link
 * SlotArena} (fixed-size records in per-node memory) give slots their contents.
 *
 * <pre>{@code
 * SlotAllocator slots = new SlotAllocator(machine, 4096);
 * int slot = slots.allocate();   // on the calling processor: from its cache, else its node
 * slots.free(slot);              // on any processor: home processor's cache, or sent home
 * System.out.println(slots.stats());
 * }</pre>
 *
 * <p>The calling processor is {@link Processors#current()} (the kernel's virtual processor, or the
 * runtime's identity on plain threads) and its node the machine's {@link Machine#nodeOf}; the
 * machine should be the installed topology's, and every calling processor one of its processors.
 *
 * <p>How it works and why it is safe (the invariants of each part are at the top of its class):
 *
 * <ul>
 *   <li>The per-processor part is a clustered object ({@code ProcessorSlots}) with an exclusive rep
 *       per processor: the rep's cache and counters are plain sequential code, entered by one
 *       thread at a time (the kernel runs one thread per virtual processor; on plain JVM threads
 *       the runtime guards the rep). Allocating and freeing on the home processor touch only that
 *       rep.
 *   <li>A cache holds up to {@code 2 * batch} slots; when empty it first takes back the slots other
 *       processors sent home, then takes a batch from its node's pool (a monitor taken once per
 *       batch), and only if the node is exhausted takes single slots from the other nodes, nearest
 *       first by SLIT distance (counted as remote allocations); when full, the colder half goes
 *       back to the pool.
 *   <li>A slot's owner word names its home processor while allocated. A free on another processor
 *       never touches the home's cache: it pushes the slot on the home's lock-free remote-free
 *       list, which the home drains when its cache runs dry (as K42, Hoard and mimalloc do).
 *   <li>Each slot is in exactly one place at any time: a node pool, a cache, a remote-free list or
 *       a caller's hands; a free of a slot that is already free is refused (best effort: a free
 *       racing another free of the same slot is the caller's bug and is not always caught).
 * </ul>
 *
 * <p>Ownership hand-over: a slot allocated on one processor and freed on another must be handed
 * over with some synchronisation (a queue, a lock, a volatile write), as for any object shared
 * between threads; the allocator adds none on its fast paths.
 */
public final class SlotAllocator {
  /** The default number of slots a processor takes from its node's pool at a time. */
  public static final int DEFAULT_BATCH = 32;

  private final Machine machine;
  private final ProcessorSlotsRoot root;
  private final ProcessorSlots slots;

  /** An allocator of {@code slotsPerNode} slots on each node of {@code machine}. */
  public SlotAllocator(Machine machine, int slotsPerNode) {
    this(machine, slotsPerNode, DEFAULT_BATCH);
  }

  /**
   * An allocator of {@code slotsPerNode} slots on each node of {@code machine}, whose processors
   * move slots to and from their node's pool {@code batch} at a time.
   */
  public SlotAllocator(Machine machine, int slotsPerNode, int batch) {
    if (slotsPerNode < 1 || batch < 1) {
      throw new IllegalArgumentException(
          "an allocator needs at least one slot per node and a batch of at least one, not "
              + slotsPerNode
              + " slots per node and a batch of "
              + batch
              + "; give positive sizes, for example new SlotAllocator(machine, 4096, 32)");
    }
    if ((long) slotsPerNode * machine.nodeCount() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          slotsPerNode
              + " slots on each of "
              + machine.nodeCount()
              + " nodes are more than "
              + Integer.MAX_VALUE
              + " slots; give fewer slots per node");
    }
    this.machine = machine;
    this.root = new ProcessorSlotsRoot(machine, slotsPerNode, batch);
    this.slots = new ProcessorSlots_Dispatcher(root);
  }

  /**
   * A free slot for the calling processor, from its node when it has one.
   *
   * @throws OutOfBlocksException when no node has a free slot
   */
  public int allocate() {
    return slots.allocate();
  }

  /**
   * Frees {@code slot} on the calling processor; it goes back to its home processor.
   *
   * @throws IllegalArgumentException if {@code slot} is not one of this allocator's
   * @throws IllegalStateException if {@code slot} is already free
   */
  public void free(int slot) {
    slots.free(slot);
  }

  /** The node whose memory holds {@code slot}. */
  public int nodeOf(int slot) {
    checkSlot(slot);
    return root.space.nodeOf(slot);
  }

  /** The processor holding {@code slot} as an allocated block, or -1 when it is free. */
  public int homeOf(int slot) {
    checkSlot(slot);
    NodePool pool = root.space.poolOf(slot);
    return pool.owner[slot - pool.base];
  }

  private void checkSlot(int slot) {
    if (slot < 0 || slot >= slotCount()) {
      throw new IllegalArgumentException(
          "slot " + slot + " is not a slot of this allocator (0.." + (slotCount() - 1) + ")");
    }
  }

  /** The number of slots on each node. */
  public int slotsPerNode() {
    return root.space.perNode;
  }

  /** The number of slots on all nodes. */
  public int slotCount() {
    return root.space.size();
  }

  /** The machine whose nodes and processors this allocator serves. */
  public Machine machine() {
    return machine;
  }

  /** The counters of every processor, node and node pool; see {@link AllocationStats}. */
  public AllocationStats stats() {
    List<PoolCounts> pools = new ArrayList<>();
    for (NodePool pool : root.space.pools) {
      pools.add(pool.counts());
    }
    return new AllocationStats(machine, slots.counts().rows, pools);
  }

  /**
   * Destroys the per-processor front end (a clustered object); every later call fails with the
   * runtime's {@code ClusteredObjectDestroyedException}.
   */
  public void destroy() {
    ClusteredObjects.destroy(slots);
  }

  /** The number of slots freed remotely that wait on their homes' remote-free lists; quiet only. */
  int remoteFreeBacklog() {
    IntList waiting = new IntList();
    for (RemoteFrees list : root.remoteFrees) {
      list.collect(waiting);
    }
    return waiting.size();
  }

  /**
   * Every free slot, wherever it waits: node pools, processor caches, remote-free lists. Only while
   * no thread allocates or frees; for audits and tests.
   */
  int[] freeSlots() {
    IntList free = new IntList();
    for (NodePool pool : root.space.pools) {
      pool.collectFree(free);
    }
    free.addAll(slots.cachedSlots().slots());
    for (RemoteFrees list : root.remoteFrees) {
      list.collect(free);
    }
    return free.toArray();
  }
}
