package org.k42j.kernel.sim;

import org.k42j.simmarks.spi.MarkSink;
import org.k42j.simmarks.spi.MarkSinks;

/**
 * The engine's entries behind the marks ({@link MarkSinks}) while a simulation runs: each charges
 * the calling thread's simulation, and does nothing on a thread that runs none. A mark's line is
 * the engine's line for that object ({@link Engine#lineOf}): made on its first touch in each
 * simulation, on the touching processor's node.
 */
final class SimCalls implements MarkSink {
  static final SimCalls INSTANCE = new SimCalls();

  private SimCalls() {}

  @Override
  public void read(Object line) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.read(engine.lineOf(line));
    }
  }

  @Override
  public void write(Object line) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.write(engine.lineOf(line), false);
    }
  }

  @Override
  public void atomic(Object line) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.write(engine.lineOf(line), true);
    }
  }

  @Override
  public void acquire(Object lock) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.acquire(engine.lineOf(lock));
    }
  }

  @Override
  public void release(Object lock) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.release(engine.lineOf(lock));
    }
  }

  @Override
  public void work(double nanos) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      if (!(nanos >= 0) || Double.isInfinite(nanos)) {
        throw new IllegalArgumentException("work of " + nanos + " ns; expected a finite time >= 0");
      }
      engine.work(Math.round(nanos * Costs.PICOS_PER_NANO));
    }
  }

  @Override
  public void memory(int node) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      if (node < 0 || node >= engine.machine.nodeCount()) {
        throw new IllegalArgumentException(
            "node "
                + node
                + " is not on the simulated machine (0.."
                + (engine.machine.nodeCount() - 1)
                + ")");
      }
      engine.memory(node);
    }
  }

  @Override
  public void message(int target) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.message(target);
    }
  }

  @Override
  public void softInterrupt(int target) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.softInterrupt(target);
    }
  }

  @Override
  public void ppc() {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.ppc();
    }
  }

  @Override
  public boolean active() {
    return SimThread.engine() != null;
  }

  @Override
  public int processor() {
    Engine engine = SimThread.engine();
    return engine == null ? -1 : engine.current;
  }

  @Override
  public double nanoTime() {
    Engine engine = SimThread.engine();
    return engine == null ? 0 : engine.clock[engine.current] / (double) Costs.PICOS_PER_NANO;
  }
}
