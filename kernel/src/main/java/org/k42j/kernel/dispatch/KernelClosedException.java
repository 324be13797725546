package org.k42j.kernel.dispatch;

/**
 * A thread, dispatcher or address space was asked of a kernel that is shutting down or has shut
 * down. Create work before calling shutdown; threads already running may still spawn helpers while
 * the shutdown drains.
 */
public final class KernelClosedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  KernelClosedException(String what) {
    super(
        what
            + ": the kernel is shutting down or shut down; create work before shutdown, or boot a"
            + " new kernel");
  }
}
