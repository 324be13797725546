package org.k42j.runtime;

/** A processor identity handed out an id outside {@code 0..count-1}, or was set up wrongly. */
public final class ProcessorIdentityException extends ClusteredObjectException {
  private static final long serialVersionUID = 1L;

  /** With a message naming the identity and the bad value. */
  public ProcessorIdentityException(String message) {
    super(message);
  }
}
