package org.k42j.kernel.dispatch;

import java.util.List;

/**
 * What a shutdown found unfinished. Clean when every list is empty.
 *
 * @param cancelledThreads user-level threads still running when the grace period ended, cancelled
 * @param threadsLeftRunning threads that did not end even after cancellation (they hold their
 *     processor without making kernel calls); their processors were left running
 * @param pendingWork undelivered messages and other work still queued
 * @param upcallFailures upcalls that threw
 * @param kernelFaults kernel events or timers that threw (a kernel bug), and threads the backend
 *     could not run (for example, no platform thread could be started for one)
 * @param platformThreadsAlive kernel platform threads still alive after the join timeout
 */
public record ShutdownReport(
    List<String> cancelledThreads,
    List<String> threadsLeftRunning,
    List<String> pendingWork,
    List<String> upcallFailures,
    List<String> kernelFaults,
    List<String> platformThreadsAlive) {
  /** Copies the lists. */
  public ShutdownReport {
    cancelledThreads = List.copyOf(cancelledThreads);
    threadsLeftRunning = List.copyOf(threadsLeftRunning);
    pendingWork = List.copyOf(pendingWork);
    upcallFailures = List.copyOf(upcallFailures);
    kernelFaults = List.copyOf(kernelFaults);
    platformThreadsAlive = List.copyOf(platformThreadsAlive);
  }

  /** True when everything had finished and nothing was pending. */
  public boolean clean() {
    return cancelledThreads.isEmpty()
        && threadsLeftRunning.isEmpty()
        && pendingWork.isEmpty()
        && upcallFailures.isEmpty()
        && kernelFaults.isEmpty()
        && platformThreadsAlive.isEmpty();
  }

  /** A readable summary of what was not finished. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    section(text, "cancelled user-level threads", cancelledThreads);
    section(text, "threads left running (no kernel call to cancel them at)", threadsLeftRunning);
    section(text, "pending work", pendingWork);
    section(text, "failed upcalls", upcallFailures);
    section(text, "kernel faults", kernelFaults);
    section(text, "platform threads still alive", platformThreadsAlive);
    return text.length() == 0 ? "clean" : text.toString().trim();
  }

  private static void section(StringBuilder text, String title, List<String> items) {
    if (!items.isEmpty()) {
      text.append(title).append(": ").append(String.join("; ", items)).append('\n');
    }
  }
}
