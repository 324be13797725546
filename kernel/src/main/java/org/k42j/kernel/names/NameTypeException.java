package org.k42j.kernel.names;

/**
 * {@link NameService#lookup(String, Class)} found the name bound to an object of another type; the
 * message names both types.
 */
public final class NameTypeException extends ClassCastException {
  private static final long serialVersionUID = 1L;

  /** The mismatch described by {@code message}. */
  public NameTypeException(String message) {
    super(message);
  }
}
