package org.k42j.kernel.sim;

/**
 * The host thread that runs one simulation; it carries its engine in a final field, so that code
 * inside the simulation finds the engine with a type check and a load.
 */
final class SimThread extends Thread {
  final Engine engine;

  SimThread(Engine engine, Runnable body, String name) {
    super(null, body, name, 0);
    this.engine = engine;
    setDaemon(true);
  }

  /** The calling thread's engine, or null outside a simulation. */
  static Engine engine() {
    Thread thread = Thread.currentThread();
    return thread instanceof SimThread sim ? sim.engine : null;
  }
}
