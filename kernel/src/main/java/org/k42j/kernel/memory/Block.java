package org.k42j.kernel.memory;

/**
 * A block of a {@link BlockPool}: a pooled object of type {@code T} in one slot of the pool's
 * allocator. The block and its object are created once, on the first allocation of the slot, by the
 * pool's factory, and reused after every free: clear or overwrite what the object holds.
 *
 * @param <T> the pooled object's type
 */
public final class Block<T> {
  final BlockPool<T> pool;
  private final int slot;
  private final int node;
  private final T value;

  Block(BlockPool<T> pool, int slot, int node, T value) {
    this.pool = pool;
    this.slot = slot;
    this.node = node;
    this.value = value;
  }

  /** The pooled object. */
  public T value() {
    return value;
  }

  /** The node whose memory holds the block; fixed for the block's life. */
  public int node() {
    return node;
  }

  /** The block's slot in its pool's allocator. */
  public int slot() {
    return slot;
  }

  /** The processor that allocated the block and where it goes back when freed; -1 when free. */
  public int home() {
    return pool.slots().homeOf(slot);
  }

  @Override
  public String toString() {
    return "Block[slot " + slot + ", node " + node + ", " + value + "]";
  }
}
