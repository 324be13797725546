package org.k42j.runtime.internal;

/**
 * The calling waiter's open requests ({@link org.k42j.runtime.lifecycle.Requests}): the public
 * {@code Requests} counts here, and destruction and hot swapping read it here, so that the
 * mechanism does not depend on the facade above it. A thread's record is in a thread local; a
 * waiter that is not a thread (a kernel's user-level thread, which shares its carrier's thread
 * locals) has its own, found by waiter ({@link OpenRequests}).
 *
 * <p>Invariant: each waiter's record is written only by that waiter, once up per request entered
 * and once down per request closed.
 */
public final class RequestDepth {
  private static final ThreadLocal<OpenRequests> THREAD =
      ThreadLocal.withInitial(OpenRequests::ofCurrentThread);

  private RequestDepth() {}

  /** The calling waiter's open requests, to count a request up and (through it) down. */
  public static OpenRequests ofCallingWaiter() {
    Object waiter = Waiters.current();
    if (waiter == Thread.currentThread()) {
      return THREAD.get();
    }
    return OpenRequests.of(waiter);
  }

  /** Whether the calling waiter is inside a request now. */
  public static boolean inRequest() {
    return ofCallingWaiter().open();
  }
}
