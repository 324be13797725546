package org.k42j.kernel.machine;

/**
 * A machine model that cannot describe a real machine (no processors, a processor on a node that
 * does not exist, a distance matrix that is not square or whose diagonal is not the local
 * distance), or a machine spec or file that does not parse. The message says what was wrong, where
 * (the line, for a file), and what was expected.
 */
public final class MachineModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** An invalid machine model or spec, described by {@code message}. */
  public MachineModelException(String message) {
    super(message);
  }
}
