package org.k42j.examples.ids;

import org.k42j.annotations.Reduce;
import org.k42j.runtime.clustering.ClusteredType;
import org.k42j.runtime.clustering.Clustering;

/**
 * The allocator clustered at run time: one {@link LocalFreeList} per processor (exclusive, so its
 * plain code needs no lock), all drawing on one {@link IdPool}, the root object.
 */
public final class RuntimeClusteredIdAllocator {
  static final ClusteredType<IdAllocator> TYPE =
      Clustering.of(IdAllocator.class)
          .root(IdPool.class, reps -> new IdPool()) // fresh and spilled ids, shared
          .repsWithRoot(LocalFreeList::new) // one free list per processor
          .gather("allocated", Reduce.SUM) // the count is the sum over processors
          .build();

  private RuntimeClusteredIdAllocator() {}

  /** A new clustered allocator. */
  public static IdAllocator create() {
    return TYPE.create();
  }
}
