package org.k42j.kernel.ppc;

/**
 * Base of every failure of a protected procedure call as its client sees it; each subclass says
 * what went wrong and what to do. None is thrown after a wait that could last forever: a call fails
 * at once or when its cause (a server that exits, a kernel that shuts down) happens.
 */
public abstract class PpcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PpcException(String message) {
    super(message);
  }
}
