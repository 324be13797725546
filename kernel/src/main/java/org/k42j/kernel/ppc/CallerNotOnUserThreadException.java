package org.k42j.kernel.ppc;

/**
 * A PPC was made from a thread that is not a user-level thread of the booted kernel (a plain JVM
 * thread, or a dispatcher's upcall): a PPC runs on the caller's virtual processor and parks the
 * caller, so only a user-level thread can make one. Spawn one ({@code Dispatcher.spawn}) and call
 * from it.
 */
public final class CallerNotOnUserThreadException extends PpcException {
  private static final long serialVersionUID = 1L;

  CallerNotOnUserThreadException(String what) {
    super(
        what
            + " from thread \""
            + Thread.currentThread().getName()
            + "\", which is not a user-level thread; spawn one with Dispatcher.spawn and make the"
            + " call there");
  }
}
