package org.k42j.kernel.sim;

/**
 * The engine's entries behind {@link SimSwitch}'s sites while a simulation runs: each charges the
 * calling thread's simulation, and does nothing on a thread that runs none.
 */
final class SimCalls {
  private SimCalls() {}

  static void read(ModeledLine line) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.read(line.lineIn(engine));
    }
  }

  static void write(ModeledLine line) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.write(line.lineIn(engine), false);
    }
  }

  static void atomic(ModeledLine line) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.write(line.lineIn(engine), true);
    }
  }

  static void acquire(ModeledLock lock) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.acquire(lock.lineIn(engine));
    }
  }

  static void release(ModeledLock lock) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.release(lock.lineIn(engine));
    }
  }

  static void work(double nanos) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      if (!(nanos >= 0) || Double.isInfinite(nanos)) {
        throw new IllegalArgumentException("work of " + nanos + " ns; expected a finite time >= 0");
      }
      engine.work(Math.round(nanos * Costs.PICOS_PER_NANO));
    }
  }

  static void memory(int node) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      if (node < 0 || node >= engine.machine.nodeCount()) {
        throw new IllegalArgumentException(
            "node " + node + " is not on the simulated machine (0.."
                + (engine.machine.nodeCount() - 1) + ")");
      }
      engine.memory(node);
    }
  }

  static void message(int target) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.message(target);
    }
  }

  static void softInterrupt(int target) {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.softInterrupt(target);
    }
  }

  static void ppc() {
    Engine engine = SimThread.engine();
    if (engine != null) {
      engine.ppc();
    }
  }
}
