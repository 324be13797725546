package org.k42j.runtime;

/**
 * The installed processor identity gives the calling thread no processor: under the kernel, a plain
 * JVM thread (the kernel's {@code NotOnVirtualProcessorException}); under a {@link
 * org.k42j.runtime.spi.DedicatedThreadIdentity}, a thread arriving while every processor is bound
 * to a live thread. The one type for "this thread has no processor", so code that can do without
 * one (the runtime's own fallbacks to processor 0) catches exactly this and nothing else.
 */
public class NotOnProcessorException extends ClusteredObjectException {
  private static final long serialVersionUID = 1L;

  /** With a message saying which thread, under which identity, and what to do. */
  public NotOnProcessorException(String message) {
    super(message);
  }
}
