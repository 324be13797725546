package org.k42j.kernel.internal;

/**
 * Work a dispatcher owns that shutdown must drain or report, such as a mailbox's queued messages.
 */
public interface PendingWork {
  /** What is still pending, for the shutdown report, or null when nothing is. */
  String describePending();
}
