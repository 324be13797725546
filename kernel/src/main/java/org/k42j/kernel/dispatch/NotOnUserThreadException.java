package org.k42j.kernel.dispatch;

/**
 * A kernel call that only a user-level thread may make (yield, park, sleep, a page fault, a
 * blocking call, a message wait, a soft interrupt) came from a thread that is not one: a plain JVM
 * thread, or a dispatcher's upcall (which must not block). Spawn a user-level thread with {@link
 * Dispatcher#spawn} and make the call there.
 */
public final class NotOnUserThreadException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  NotOnUserThreadException(String what) {
    super(
        what
            + " from thread \""
            + Thread.currentThread().getName()
            + "\", which is not a user-level thread of the booted k42j kernel; spawn one with"
            + " Dispatcher.spawn and call it there (upcalls must not block)");
  }
}
