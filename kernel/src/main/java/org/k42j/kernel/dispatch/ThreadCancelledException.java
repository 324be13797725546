package org.k42j.kernel.dispatch;

/**
 * Thrown inside a user-level thread from a kernel call (yield, park, sleep, a page fault, a
 * blocking call, a message wait, a join) when the kernel shut down before the thread finished (the
 * grace period ran out and the kernel cancelled it), or when the thread's address space exited
 * ({@link AddressSpace#exit}). Let it propagate so the thread ends; the shutdown reports the
 * thread. To avoid it, finish (join) your threads before shutting down, or give shutdown a longer
 * grace period.
 */
public final class ThreadCancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ThreadCancelledException(String thread) {
    super(
        "user-level thread "
            + thread
            + " was cancelled because the kernel shut down before it finished; join threads"
            + " before shutdown or give shutdown a longer grace period");
  }

  ThreadCancelledException(String thread, String reason) {
    super("user-level thread " + thread + " was cancelled because " + reason + "; let it end");
  }
}
