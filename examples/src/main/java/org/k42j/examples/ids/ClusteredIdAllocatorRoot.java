package org.k42j.examples.ids;

import org.k42j.annotations.Root;

/** The root of a {@link ClusteredIdAllocator}: the pool every processor's free list shares. */
@Root
public final class ClusteredIdAllocatorRoot extends ClusteredIdAllocator_RootBase {
  final IdPool pool = new IdPool();

  public ClusteredIdAllocatorRoot() {}
}
