package org.k42j.kernel.sim;

import java.util.SplittableRandom;
import org.k42j.simmarks.Modeled;
import org.k42j.simmarks.ModeledLine;
import org.k42j.simmarks.ModeledLock;

/**
 * Something to simulate: it sets up its state once per run ({@link #start}) and then performs
 * operations, one at a time, each on the simulated processor the engine picks. Bundled workloads
 * and a project's own are found by {@link java.util.ServiceLoader} (list the class in {@code
 * META-INF/services/org.k42j.kernel.sim.Workload}) or by class name ({@link Workloads#find}); a
 * workload class needs a public no-argument constructor.
 *
 * <p>Inside a run, real clustered objects work as on a kernel (the calling processor is the
 * simulated one, per-processor reps are local), and the runtime reports their misses, gathers and
 * guards to the model; a service's own shared state is modeled where it marks it with {@link
 * ModeledLine}, {@link ModeledLock} and {@link Modeled}. Anything else the operation does is free:
 * an unmarked shared field costs nothing in the model.
 */
public interface Workload {
  /** The name to select it by, such as {@code shared-locked-counter}. */
  String name();

  /** One line saying what an operation does. */
  default String description() {
    return name();
  }

  /**
   * Sets up a run: creates the objects the operations use (on the context's first processor; what
   * it costs is not measured, but who touched what is kept) and returns the operations.
   */
  Instance start(SimContext context);

  /** One run's operations. */
  @FunctionalInterface
  interface Instance {
    /**
     * Performs one operation on simulated processor {@code processor}; {@code random} is that
     * processor's own seeded stream.
     */
    void operation(int processor, SplittableRandom random);

    /**
     * Called after the last operation, on the first processor: checks the run's results (for
     * example that a counter counted every operation) and throws {@link IllegalStateException} if
     * they are wrong. Its accesses are not measured.
     */
    default void finish(long operations) {}
  }
}
