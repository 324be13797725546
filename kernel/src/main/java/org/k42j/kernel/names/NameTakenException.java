package org.k42j.kernel.names;

/** A name given to {@link NameService#register} is already bound; the message names the holder. */
public final class NameTakenException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The refusal described by {@code message}. */
  public NameTakenException(String message) {
    super(message);
  }
}
