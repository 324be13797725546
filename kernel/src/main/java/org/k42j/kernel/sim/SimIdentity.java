package org.k42j.kernel.sim;

import org.k42j.runtime.ProcessorIdentityException;
import org.k42j.runtime.spi.ProcessorIdentity;

/**
 * The processor identity while simulations run: the simulated processor that the calling simulation
 * thread is running. Dispatchers call {@link #current()} once per clustered call, so it also
 * charges the call's local part (the translation entry and a rep on the caller's node) to the
 * model. One simulated processor runs at a time, so exclusive per-processor reps need no guard.
 */
final class SimIdentity implements ProcessorIdentity {
  private final int count;

  SimIdentity(int count) {
    this.count = count;
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public int current() {
    Engine engine = SimThread.engine();
    if (engine == null) {
      throw new ProcessorIdentityException(
          "thread "
              + Thread.currentThread().getName()
              + " called a clustered object while a NUMA simulation is installed, but it runs no"
              + " simulation; call clustered objects from the simulation's workload, or after the"
              + " simulation ends");
    }
    engine.call();
    return engine.current;
  }

  @Override
  public boolean oneThreadPerProcessor() {
    return true;
  }

  @Override
  public String toString() {
    return "SimIdentity[" + count + " processors]";
  }
}
