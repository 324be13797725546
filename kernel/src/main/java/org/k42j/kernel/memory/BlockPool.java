package org.k42j.kernel.memory;

import java.util.Objects;
import java.util.function.IntFunction;
import org.k42j.kernel.machine.Machine;

/**
 * A per-processor, per-node pool of reusable objects, such as kernel records or message
 * descriptors: {@link #allocate()} hands the calling processor a {@link Block} whose object lives
 * on its node, {@link #free} gives it back to its home processor. Slots come from a {@link
 * SlotAllocator} (see it for locality, batches, remote frees and statistics); each slot's block and
 * object are created by the factory the first time the slot is allocated, on the allocating
 * processor, and then recycled, so steady-state allocation creates no garbage.
 *
 * <pre>{@code
 * BlockPool<Message> messages = new BlockPool<>(machine, 1024, node -> new Message());
 * Block<Message> block = messages.allocate();
 * block.value().fill(...);
 * ...
 * messages.free(block);   // on any processor
 * }</pre>
 *
 * <p>On the JVM a block cannot be placed in a node's physical memory; what the pool guarantees is
 * the K42 discipline around it: a processor allocates the blocks of its own node, recycles its own
 * frees without synchronisation, and sends foreign frees home, and the statistics show how well a
 * workload keeps to its node. The factory receives the node, so an object can carry node-local
 * resources of its own.
 *
 * <p>Concurrency: as {@link SlotAllocator}; in addition the block table entry of a slot is written
 * only by the processor allocating the slot for the first time, and the slot's hand-over through
 * the allocator publishes it to every later holder.
 *
 * @param <T> the pooled objects' type
 */
public final class BlockPool<T> {
  private final SlotAllocator slots;
  private final IntFunction<? extends T> factory;
  private final Block<T>[] blocks;

  /** A pool of {@code blocksPerNode} blocks on each node, created by {@code factory(node)}. */
  public BlockPool(Machine machine, int blocksPerNode, IntFunction<? extends T> factory) {
    this(machine, blocksPerNode, SlotAllocator.DEFAULT_BATCH, factory);
  }

  /**
   * A pool of {@code blocksPerNode} blocks on each node, moved between processors and node pools
   * {@code batch} at a time, created by {@code factory(node)}.
   */
  @SuppressWarnings("unchecked")
  public BlockPool(
      Machine machine, int blocksPerNode, int batch, IntFunction<? extends T> factory) {
    this.factory =
        Objects.requireNonNull(factory, "factory is null; pass node -> new YourRecord()");
    this.slots = new SlotAllocator(machine, blocksPerNode, batch);
    this.blocks = (Block<T>[]) new Block<?>[slots.slotCount()];
  }

  /**
   * A block for the calling processor, from its node when it has one.
   *
   * @throws OutOfBlocksException when no node has a free block
   */
  public Block<T> allocate() {
    int slot = slots.allocate();
    Block<T> block = blocks[slot];
    if (block == null) {
      int node = slots.nodeOf(slot);
      T value;
      try {
        value = factory.apply(node);
      } catch (RuntimeException | Error e) {
        slots.free(slot);
        throw e;
      }
      block = new Block<>(this, slot, node, value);
      blocks[slot] = block;
    }
    return block;
  }

  /**
   * Frees {@code block} on the calling processor; it goes back to its home processor.
   *
   * @throws IllegalArgumentException if the block is another pool's
   * @throws IllegalStateException if the block is already free
   */
  public void free(Block<T> block) {
    if (block.pool != this) {
      throw new IllegalArgumentException(
          block + " belongs to another pool; free a block to the pool that allocated it");
    }
    slots.free(block.slot());
  }

  /** The counters of every processor, node and node pool. */
  public AllocationStats stats() {
    return slots.stats();
  }

  /** The slot allocator under the pool. */
  public SlotAllocator slots() {
    return slots;
  }
}
