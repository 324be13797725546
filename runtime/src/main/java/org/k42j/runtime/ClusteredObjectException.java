package org.k42j.runtime;

/**
 * Base of every exception the k42j runtime throws; the message says what was wrong and what to do.
 */
public class ClusteredObjectException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message that names the object and the remedy. */
  public ClusteredObjectException(String message) {
    super(message);
  }

  /** With a message and the cause it wraps. */
  public ClusteredObjectException(String message, Throwable cause) {
    super(message, cause);
  }
}
