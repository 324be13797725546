package org.k42j.kernel.sim;

/**
 * A simulation run failed: its workload threw, or broke a rule of the model; the message says
 * which.
 */
public final class SimulationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}, caused by {@code cause} (may be null). */
  public SimulationException(String message, Throwable cause) {
    super(message, cause);
  }
}
