package org.k42j.kernel;

import org.k42j.kernel.machine.Machine;

/**
 * {@link Kernel#boot} refused a machine with more virtual processors than the threading backend
 * hosts, or than the host has room for: each virtual processor needs platform threads ({@link
 * org.k42j.kernel.backend.ThreadingBackend#platformThreadsPerProcessor()}), and a boot that starts
 * threads until the host refuses one would stall rather than fail. The message says what the
 * backend can host and what to do; nothing was started.
 */
public final class MachineTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int processors;
  private final int limit;

  MachineTooLargeException(Machine machine, int limit, String message) {
    super(message);
    this.processors = machine.processorCount();
    this.limit = limit;
  }

  /** The processors of the refused machine. */
  public int processors() {
    return processors;
  }

  /** The most processors this boot could have hosted. */
  public int limit() {
    return limit;
  }
}
