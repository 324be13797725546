package org.k42j.examples.ids;

import org.k42j.annotations.Rep;

/** One processor's free list of a {@link ClusteredIdAllocator}; exclusive, so no lock inside. */
@Rep(root = ClusteredIdAllocatorRoot.class)
final class ClusteredIdAllocatorRep implements ClusteredIdAllocator {
  private final LocalFreeList list;

  ClusteredIdAllocatorRep(ClusteredIdAllocatorRoot root) {
    this.list = new LocalFreeList(root.pool);
  }

  @Override
  public long allocate() {
    return list.allocate();
  }

  @Override
  public void release(long id) {
    list.release(id);
  }

  @Override
  public long allocated() {
    return list.allocated();
  }
}
