package org.k42j.examples.ids;

/**
 * Hands out ids (connection ids, slot numbers, object handles) and takes them back for reuse. Three
 * forms implement it side by side: {@link LockedIdAllocator} (the original: one free list, one
 * lock), {@link RuntimeClusteredIdAllocator} (per-processor free lists, declared at run time) and
 * {@link ClusteredIdAllocator} (the same, with the annotations).
 *
 * <p>The contract fixes what every form guarantees and leaves open which free id comes next (as
 * {@code malloc} does): an id is never handed out twice while it is allocated, ids are never
 * negative, and {@link #allocated()} counts the ids handed out and not released. Leaving the order
 * open is what lets the clustered forms hand a processor back the ids it released itself, from
 * memory it already has in cache, as K42's locality-aware allocator does.
 */
public interface IdAllocator {
  /** An id that is not allocated; it is allocated from now on. */
  long allocate();

  /**
   * Gives back {@code id}, which this allocator handed out and which has not been released since.
   * Releasing any other non-negative id corrupts the allocator (as a double free does).
   *
   * @throws IllegalArgumentException if {@code id} is negative
   */
  void release(long id);

  /** The number of ids allocated and not released. */
  long allocated();
}
