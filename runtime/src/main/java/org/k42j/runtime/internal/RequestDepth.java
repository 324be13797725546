package org.k42j.runtime.internal;

/**
 * How deep the calling thread is inside requests ({@link org.k42j.runtime.lifecycle.Requests}): the
 * public {@code Requests} counts here, and destruction and hot swapping read it here, so that the
 * mechanism does not depend on the facade above it.
 *
 * <p>Invariant: each thread's counter is written only by that thread, once up per request entered
 * and once down per request closed.
 */
public final class RequestDepth {
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private RequestDepth() {}

  /** The calling thread's counter, to count a request up and (through the request) down. */
  public static int[] ofCallingThread() {
    return DEPTH.get();
  }

  /** Whether the calling thread is inside a request now. */
  public static boolean inRequest() {
    return DEPTH.get()[0] > 0;
  }
}
