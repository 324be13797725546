package org.k42j.kernel.vp;

import org.k42j.runtime.NotOnProcessorException;

/**
 * A thread that is not on one of the kernel's virtual processors asked which processor it is on: it
 * called a clustered object through its dispatcher (or a kernel operation that needs a processor)
 * from a plain JVM thread while a kernel is booted. The kernel's identity is exact: it never
 * guesses a processor for a foreign thread, because that thread could then run inside a rep
 * alongside the processor's own thread. Run the code on a virtual processor instead (spawn a
 * user-level thread with {@code Dispatcher.spawn}, or use {@code Kernel.call}), or shut the kernel
 * down first.
 */
public final class NotOnVirtualProcessorException extends NotOnProcessorException {
  private static final long serialVersionUID = 1L;

  /** For the calling thread {@code thread}. */
  public NotOnVirtualProcessorException(Thread thread, String what) {
    super(
        what
            + " from thread \""
            + thread.getName()
            + "\", which is not on a virtual processor of the booted k42j kernel; run it on a"
            + " user-level thread (Dispatcher.spawn) or through Kernel.call(processor, task), or"
            + " shut the kernel down before using clustered objects from plain threads");
  }
}
