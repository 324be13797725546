package org.k42j.kernel.sim;

import org.k42j.kernel.machine.Machine;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.AccessProbes;
import org.k42j.simmarks.spi.MarkSinks;

/**
 * Installs what simulations need in the runtime, once for all simulations running at the same time:
 * the simulated identity and the machine as topology ({@link Processors#install}), the access probe
 * ({@link AccessProbes#install}) and the marks' sink ({@link MarkSinks#install}). Each simulation
 * thread finds its own engine through its {@link SimThread}, so several simulations of the same
 * machine run at once from different host threads; a simulation of another machine waits until
 * those end (the runtime has one topology).
 *
 * <p>Invariants: guarded by the class monitor; {@code users > 0} exactly while the installations
 * are open, and then {@code machine} is the installed topology.
 */
final class SimHost {
  private static Machine machine;
  private static int users;
  private static Processors.Installation identity;
  private static AccessProbes.Installation probe;
  private static MarkSinks.Installation marks;

  private SimHost() {}

  /** Enters a simulation of {@code simulated}, installing the runtime hooks if it is the first. */
  static synchronized void enter(Machine simulated) throws InterruptedException {
    while (users > 0 && !machine.equals(simulated)) {
      SimHost.class.wait();
    }
    if (users == 0) {
      identity = Processors.install(new SimIdentity(simulated.processorCount()), simulated);
      try {
        probe = AccessProbes.install(new SimProbe());
        try {
          marks = MarkSinks.install(SimCalls.INSTANCE);
        } catch (RuntimeException e) {
          probe.close();
          throw e;
        }
      } catch (RuntimeException e) {
        identity.close();
        throw e;
      }
      machine = simulated;
    }
    users++;
  }

  /** Leaves a simulation; the last one out restores the runtime. */
  static synchronized void exit() {
    if (--users == 0) {
      marks.close();
      probe.close();
      identity.close();
      machine = null;
      marks = null;
      probe = null;
      identity = null;
      SimHost.class.notifyAll();
    }
  }
}
