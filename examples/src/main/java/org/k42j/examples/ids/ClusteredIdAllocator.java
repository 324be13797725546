package org.k42j.examples.ids;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/**
 * The allocator ported to the annotations: per-processor free lists ({@link
 * ClusteredIdAllocatorRep}) over a shared pool held by the root ({@link ClusteredIdAllocatorRoot}).
 * Create with {@code ClusteredIdAllocator_Factory.create()}.
 */
@ClusteredObject
public interface ClusteredIdAllocator extends IdAllocator {
  @Override
  @Gather(reduce = Reduce.SUM)
  long allocated();
}
