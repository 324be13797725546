package org.k42j.kernel.sim;

import org.k42j.runtime.spi.AccessProbe;
import org.k42j.runtime.spi.ProbedObject;

/** Charges what the runtime reports to the calling thread's simulation, if it runs one. */
final class SimProbe implements AccessProbe {
  @Override
  public void miss(ProbedObject root, int processor, Object entry) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.miss(root, processor, entry);
    }
  }

  @Override
  public void visit(ProbedObject root) {
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
