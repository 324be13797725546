package org.k42j.kernel.sim;

import org.k42j.runtime.internal.ClusterRoot;
import org.k42j.runtime.spi.AccessProbe;

/** Charges what the runtime reports to the calling thread's simulation, if it runs one. */
final class SimProbe implements AccessProbe {
  @Override
  public void miss(ClusterRoot<?, ?> root, int processor, Object entry) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.miss(root, processor, entry);
    }
  }

  @Override
  public void visit(ClusterRoot<?, ?> root) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.visit(root);
    }
  }

  @Override
  public void enter(Object guard) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.enter(guard);
    }
  }

  @Override
  public void exit(Object guard) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.exit(guard);
    }
  }
}
