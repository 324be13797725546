package org.k42j.runtime.spi;

/**
 * Told of the shared-memory accesses the runtime makes, so that a cost model (the kernel's NUMA
 * simulation) can charge them: a miss (the root's lock and state, the new rep's memory), a gather
 * or broadcast (every rep visited), and the entry and exit of an exclusive rep's guard (a lock on a
 * shared line). Installed with {@link AccessProbes#install}; while none is installed the runtime
 * calls a constant no-op that the JIT removes, so the hooks cost nothing.
 *
 * <p>Methods run on the calling thread, inside the runtime's own code: they must not call clustered
 * objects, block, or throw.
 */
public interface AccessProbe {
  /**
   * A call on {@code processor} missed on {@code object} and was given {@code entry} (the rep, or
   * its guard), after the root's lock was released.
   */
  void miss(ProbedObject object, int processor, Object entry);

  /** A gather or broadcast on {@code object} is about to visit every rep entry of the object. */
  void visit(ProbedObject object);

  /** The calling thread entered an exclusive rep's guard (a lock on the guard's line). */
  void enter(Object guard);

  /** The calling thread left the guard it entered. */
  void exit(Object guard);
}
