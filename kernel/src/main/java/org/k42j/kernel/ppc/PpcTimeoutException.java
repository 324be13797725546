package org.k42j.kernel.ppc;

import java.time.Duration;

/**
 * A synchronous call through a stub made by {@link Ppc#withTimeout} did not finish within its
 * bound. The client goes on; the server's late result, if it comes, is dropped and counted ({@link
 * Ppc#lateResults}). On the migrating path the server's code ran on the caller's own thread: it was
 * cancelled at its first kernel call after the deadline (a blocked server method is woken for it),
 * or, when it computed past the deadline without one, its result is dropped as it returns.
 */
public final class PpcTimeoutException extends PpcException {
  private static final long serialVersionUID = 1L;

  PpcTimeoutException(ObjectHandle handle, int method, Duration timeout) {
    super(
        "a PPC to "
            + handle
            + " (method "
            + method
            + ") did not finish within "
            + timeout
            + "; its late result is dropped (counted by Ppc.lateResults()); retry, or give"
            + " Ppc.withTimeout a longer bound");
  }
}
