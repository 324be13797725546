package org.k42j.kernel.memory;

import java.util.Arrays;
import java.util.Objects;
import org.k42j.kernel.machine.Machine;

/**
 * Fixed-size records of {@code long} words in per-node memory: each node has one {@code long[]}
 * arena cut into slots of {@link #wordsPerSlot()} words, handed out by a {@link SlotAllocator}. A
 * record is its slot id; it is read and written through the arena. Records allocate no object at
 * all, so tables of kernel records (thread states, message headers) cost the garbage collector
 * nothing.
 *
 * <pre>{@code
 * SlotArena records = new SlotArena(machine, 4096, 4);   // 4 words per record
 * int record = records.allocate();                      // zeroed, on the caller's node
 * records.set(record, 0, threadId);
 * long id = records.get(record, 0);
 * records.free(record);
 * }</pre>
 *
 * <p>Concurrency: as {@link SlotAllocator}. A record's words are plain memory: they belong to
 * whoever holds the record, and are handed over with the record (by the caller's own
 * synchronisation, or by the allocator between a free and the next allocation).
 */
public final class SlotArena {
  private final SlotAllocator slots;
  private final int wordsPerSlot;
  private final long[][] arenas; // per node

  /** An arena of {@code slotsPerNode} records of {@code wordsPerSlot} words on each node. */
  public SlotArena(Machine machine, int slotsPerNode, int wordsPerSlot) {
    this(machine, slotsPerNode, wordsPerSlot, SlotAllocator.DEFAULT_BATCH);
  }

  /** As {@link #SlotArena(Machine, int, int)}, moving slots {@code batch} at a time. */
  public SlotArena(Machine machine, int slotsPerNode, int wordsPerSlot, int batch) {
    if (wordsPerSlot < 1 || (long) slotsPerNode * wordsPerSlot > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "an arena of "
              + slotsPerNode
              + " slots of "
              + wordsPerSlot
              + " words per node does not fit one long[] per node; give at least one word per"
              + " slot and at most "
              + (Integer.MAX_VALUE - 8)
              + " words per node");
    }
    this.slots = new SlotAllocator(machine, slotsPerNode, batch);
    this.wordsPerSlot = wordsPerSlot;
    this.arenas = new long[machine.nodeCount()][];
    for (int node = 0; node < arenas.length; node++) {
      arenas[node] = new long[slotsPerNode * wordsPerSlot];
    }
  }

  /**
   * A zeroed record for the calling processor, from its node when it has one.
   *
   * @throws OutOfBlocksException when no node has a free slot
   */
  public int allocate() {
    int slot = slots.allocate();
    int start = (slot % slots.slotsPerNode()) * wordsPerSlot;
    Arrays.fill(arenas[slot / slots.slotsPerNode()], start, start + wordsPerSlot, 0L);
    return slot;
  }

  /** Frees {@code slot} on the calling processor; it goes back to its home processor. */
  public void free(int slot) {
    slots.free(slot);
  }

  /** Word {@code word} of record {@code slot}. */
  public long get(int slot, int word) {
    int offset = offset(slot) + checkWord(word);
    return arenas[slot / slots.slotsPerNode()][offset];
  }

  /** Sets word {@code word} of record {@code slot}. */
  public void set(int slot, int word, long value) {
    int offset = offset(slot) + checkWord(word);
    arenas[slot / slots.slotsPerNode()][offset] = value;
  }

  /** The number of words per record. */
  public int wordsPerSlot() {
    return wordsPerSlot;
  }

  /** The counters of every processor, node and node pool. */
  public AllocationStats stats() {
    return slots.stats();
  }

  /** The slot allocator under the arena. */
  public SlotAllocator slots() {
    return slots;
  }

  private int offset(int slot) {
    Objects.checkIndex(slot, slots.slotCount());
    return (slot % slots.slotsPerNode()) * wordsPerSlot;
  }

  private int checkWord(int word) {
    return Objects.checkIndex(word, wordsPerSlot);
  }
}
