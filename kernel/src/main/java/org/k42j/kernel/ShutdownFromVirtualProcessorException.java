package org.k42j.kernel;

/**
 * {@link Kernel#shutdown} was called from a thread of one of the kernel's own virtual processors.
 * Shutdown waits for every user-level thread to finish and then stops the processors, so from a
 * virtual processor it would wait for itself. Call it from a plain thread (the one that booted the
 * kernel); a user-level thread that wants the kernel down can signal that thread, for example by
 * completing a future it waits on.
 */
public final class ShutdownFromVirtualProcessorException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  ShutdownFromVirtualProcessorException() {
    super(
        "Kernel.shutdown() from thread \""
            + Thread.currentThread().getName()
            + "\", a thread of the kernel's virtual processors, would wait for itself; call it"
            + " from a plain thread (the one that booted the kernel)");
  }
}
