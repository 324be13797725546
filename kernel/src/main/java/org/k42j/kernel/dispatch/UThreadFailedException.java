package org.k42j.kernel.dispatch;

/**
 * {@link UThread#join} found that the thread ended by throwing; the cause is what it threw.
 * DispatcherBase failures inside the thread's body if the joiner should not see them.
 */
public final class UThreadFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UThreadFailedException(String thread, Throwable cause) {
    super("user-level thread " + thread + " failed: " + cause, cause);
  }
}
