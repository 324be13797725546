package org.k42j.examples.exported;

/** A checked exception of an exported method: it reaches clients as PpcServerException. */
public final class LibraryClosedException extends Exception {
  private static final long serialVersionUID = 1L;

  public LibraryClosedException(String reason) {
    super(reason);
  }
}
