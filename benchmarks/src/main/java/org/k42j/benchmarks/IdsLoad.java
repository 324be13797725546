package org.k42j.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.examples.ids.ClusteredIdAllocator_Factory;
import org.k42j.examples.ids.IdAllocator;
import org.k42j.examples.ids.IdPool;
import org.k42j.examples.ids.LocalFreeList;
import org.k42j.examples.ids.LockedIdAllocator;
import org.k42j.runtime.clustering.ClusteredType;
import org.k42j.runtime.clustering.Clustering;

/**
 * The id allocator: each caller holds {@value PortedServicesBenchmark#HELD} ids, and a call
 * releases the one it allocated {@value PortedServicesBenchmark#HELD} calls before and allocates
 * another (as in {@link PortedServicesBenchmark}); afterwards exactly the held ids are allocated,
 * each held once.
 */
final class IdsLoad implements ServiceLoad {
  /** A free list per processor behind its own monitor, over one shared pool; no guard. */
  private static ClusteredType<IdAllocator> threadSafe() {
    return Clustering.of(IdAllocator.class)
        .root(IdPool.class, reps -> new IdPool())
        .repsWithRoot(SynchronizedFreeList::new)
        .gather("allocated", Reduce.SUM)
        .concurrency(Concurrency.THREAD_SAFE)
        .build();
  }

  /** The examples' run-time allocator under the adaptive policy (exclusive plain free lists). */
  private static ClusteredType<IdAllocator> adaptive() {
    return Clustering.of(IdAllocator.class)
        .root(IdPool.class, reps -> new IdPool())
        .repsWithRoot(LocalFreeList::new)
        .gather("allocated", Reduce.SUM)
        .policy(Policy.ADAPTIVE)
        .build();
  }

  private final ServiceForm form;
  private final IdAllocator ids;
  private final List<long[]> held = new ArrayList<>();

  IdsLoad(ServiceForm form) {
    this.form = form;
    switch (form) {
      case LOCKED:
        ids = new LockedIdAllocator();
        break;
      case EXCLUSIVE:
        ids = ClusteredIdAllocator_Factory.create();
        break;
      case THREAD_SAFE:
        ids = threadSafe().create();
        break;
      case ADAPTIVE:
        ids = adaptive().create();
        break;
      default:
        throw ServiceLoad.noSuchForm("id allocator", form);
    }
  }

  @Override
  public Callers.Caller caller(int index) {
    long[] mine = new long[PortedServicesBenchmark.HELD];
    for (int i = 0; i < mine.length; i++) {
      mine[i] = ids.allocate();
    }
    held.add(mine);
    return new Callers.Caller() {
      private int tick;

      @Override
      public void call() {
        int slot = ++tick % PortedServicesBenchmark.HELD;
        ids.release(mine[slot]);
        mine[slot] = ids.allocate();
      }
    };
  }

  @Override
  public void check(long calls) {
    Set<Long> distinct = new HashSet<>();
    for (long[] mine : held) {
      for (long id : mine) {
        if (!distinct.add(id)) {
          throw new IllegalStateException("id " + id + " is held twice");
        }
      }
    }
    ServiceLoad.expect("ids allocated", distinct.size(), ids.allocated());
  }

  @Override
  public void close() {
    ServiceLoad.dispose(form, ids);
  }
}
