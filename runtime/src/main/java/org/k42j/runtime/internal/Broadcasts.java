package org.k42j.runtime.internal;

/**
 * What a generated broadcast does when a rep throws: it catches the exception, goes on to the next
 * rep, and once every rep has been called throws the first exception with the later ones added to
 * it as suppressed. One rep that throws thus never keeps the others from the call (a {@code
 * reset()} still resets every rep it can). Stateless: the failure so far is a local of the
 * broadcast.
 */
public final class Broadcasts {
  private Broadcasts() {}

  /**
   * The broadcast's failure once a rep's call threw {@code thrown}: the first exception thrown,
   * with every later one added to it as suppressed.
   *
   * @param failure the failure so far, or null when no rep has thrown yet
   */
  public static Throwable failure(Throwable failure, Throwable thrown) {
    if (failure == null) {
      return thrown;
    }
    if (failure != thrown) {
      failure.addSuppressed(thrown);
    }
    return failure;
  }

  /**
   * Throws {@code failure} as it is, checked or not (a rep may throw the checked exceptions its
   * contract method declares). Declared to return an exception so that generated code can write
   * {@code throw Broadcasts.rethrow(failure)}; it never returns.
   */
  public static RuntimeException rethrow(Throwable failure) {
    throw Broadcasts.<RuntimeException>unchecked(failure);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E unchecked(Throwable failure) throws E {
    throw (E) failure;
  }
}
