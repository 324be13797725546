package org.k42j.kernel.sim;

import org.k42j.kernel.machine.Machine;

/** What a workload sees of the run it is set up for. */
public final class SimContext {
  private final Engine engine;
  private final long operations;
  private final long seed;

  SimContext(Engine engine, long operations, long seed) {
    this.engine = engine;
    this.operations = operations;
    this.seed = seed;
  }

  /** The simulated machine (all of it; only {@link #activeProcessors()} run operations). */
  public Machine machine() {
    return engine.machine;
  }

  /** The processors that run operations, filled node by node. */
  public int[] activeProcessors() {
    return engine.active.clone();
  }

  /** How many processors run operations. */
  public int processors() {
    return engine.active.length;
  }

  /** How many operations the run performs. */
  public long operations() {
    return operations;
  }

  /** The run's seed. */
  public long seed() {
    return seed;
  }

  /**
   * Runs {@code action} as simulated processor {@code processor} (for example, so that each
   * processor's rep exists before measuring).
   */
  public void runOn(int processor, Runnable action) {
    if (processor < 0 || processor >= engine.processorCount) {
      throw new IllegalArgumentException(
          "processor "
              + processor
              + " is not on "
              + engine.machine
              + "; give 0.."
              + (engine.processorCount - 1));
    }
    int running = engine.current;
    engine.current = processor;
    try {
      action.run();
    } finally {
      engine.current = running;
    }
  }
}
