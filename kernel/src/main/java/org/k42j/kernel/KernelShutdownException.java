package org.k42j.kernel;

import org.k42j.kernel.dispatch.ShutdownReport;

/**
 * {@link Kernel#shutdown} found work unfinished: user-level threads still running when the grace
 * period ended (they were cancelled), threads that could not be cancelled, undelivered messages,
 * failed upcalls. The kernel is shut down all the same (except processors held by threads that
 * never make a kernel call); {@link #report()} lists what was lost. Join your threads and drain
 * your mailboxes before shutting down, or give a longer grace period.
 */
public final class KernelShutdownException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ShutdownReport report;

  KernelShutdownException(ShutdownReport report) {
    super(
        "the kernel shut down with unfinished work; join threads and drain mailboxes before"
            + " shutdown, or give it a longer grace period:\n"
            + report.describe());
    this.report = report;
  }

  /** What was unfinished. */
  public ShutdownReport report() {
    return report;
  }
}
