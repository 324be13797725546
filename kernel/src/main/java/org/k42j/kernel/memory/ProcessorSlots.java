package org.k42j.kernel.memory;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;

/**
 * The allocator's front end, a clustered object with one rep per processor ({@link
 * ProcessorSlotsRep}): the rep is the processor's cache of free slots and its counters. Built and
 * used by {@link SlotAllocator} only.
 */
@ClusteredObject
interface ProcessorSlots {
  /** A free slot, from the calling processor's cache. */
  int allocate();

  /** Frees {@code slot} on the calling processor: into its cache, or home if it is not its own. */
  void free(int slot);

  /** Every processor's counters. */
  @Gather(combiner = CountRows.Fold.class)
  CountRows counts();

  /** The slots in every processor's cache; while the allocator is quiet only. */
  @Gather(combiner = SlotList.Fold.class)
  SlotList cachedSlots();
}
