package org.k42j.kernel.sim;

/**
 * Reports to a running simulation what a ported service does besides touching marked lines
 * ({@link ModeledLine}, {@link ModeledLock}): local work, a DRAM access, a cross-processor message,
 * a soft interrupt, a protected procedure call. Outside a simulation the reports are constant
 * no-ops that the JIT removes; {@link #active()}, {@link #processor()} and {@link #nanoTime()} tell
 * code where it runs.
 */
public final class Modeled {
  private Modeled() {}

  /** Local computation that touches no shared line, taking {@code nanoseconds}. */
  public static void work(double nanoseconds) {
    try {
      SimSwitch.WORK_CALL.invokeExact(nanoseconds);
    } catch (Throwable e) {
      throw SimSwitch.rethrow(e);
    }
  }

  /** One line read from the DRAM of {@code node} (the model charges local or remote memory). */
  public static void memory(int node) {
    try {
      SimSwitch.MEMORY_CALL.invokeExact(node);
    } catch (Throwable e) {
      throw SimSwitch.rethrow(e);
    }
  }

  /** A message posted to processor {@code target}'s queue. */
  public static void message(int target) {
    try {
      SimSwitch.MESSAGE_CALL.invokeExact(target);
    } catch (Throwable e) {
      throw SimSwitch.rethrow(e);
    }
  }

  /** A soft interrupt raised on processor {@code target}. */
  public static void softInterrupt(int target) {
    try {
      SimSwitch.INTERRUPT_CALL.invokeExact(target);
    } catch (Throwable e) {
      throw SimSwitch.rethrow(e);
    }
  }

  /** A protected procedure call to a server on the calling processor. */
  public static void ppc() {
    try {
      SimSwitch.PPC_CALL.invokeExact();
    } catch (Throwable e) {
      throw SimSwitch.rethrow(e);
    }
  }

  /** True when the calling thread runs a simulation. */
  public static boolean active() {
    return SimThread.engine() != null;
  }

  /** The simulated processor running the calling code; -1 outside a simulation. */
  public static int processor() {
    Engine engine = SimThread.engine();
    return engine == null ? -1 : engine.current;
  }

  /** The calling processor's virtual clock in nanoseconds; 0 outside a simulation. */
  public static double nanoTime() {
    Engine engine = SimThread.engine();
    return engine == null ? 0 : engine.clock[engine.current] / (double) Costs.PICOS_PER_NANO;
  }
}
