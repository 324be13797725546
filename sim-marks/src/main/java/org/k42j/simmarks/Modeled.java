package org.k42j.simmarks;

import org.k42j.simmarks.spi.MarkSinks;

/**
 * Reports to a running simulation what a ported service does besides touching marked lines ({@link
 * ModeledLine}, {@link ModeledLock}): local work, a DRAM access, a cross-processor message, a soft
 * interrupt, a protected procedure call. Outside a simulation the reports are constant no-ops that
 * the JIT removes; {@link #active()}, {@link #processor()} and {@link #nanoTime()} tell code where
 * it runs.
 */
public final class Modeled {
  private Modeled() {}

  /** Local computation that touches no shared line, taking {@code nanoseconds}. */
  public static void work(double nanoseconds) {
    MarkSinks.work(nanoseconds);
  }

  /** One line read from the DRAM of {@code node} (the model charges local or remote memory). */
  public static void memory(int node) {
    MarkSinks.memory(node);
  }

  /** A message posted to processor {@code target}'s queue. */
  public static void message(int target) {
    MarkSinks.message(target);
  }

  /** A soft interrupt raised on processor {@code target}. */
  public static void softInterrupt(int target) {
    MarkSinks.softInterrupt(target);
  }

  /** A protected procedure call to a server on the calling processor. */
  public static void ppc() {
    MarkSinks.ppc();
  }

  /** True when the calling thread runs a simulation. */
  public static boolean active() {
    return MarkSinks.active();
  }

  /** The simulated processor running the calling code; -1 outside a simulation. */
  public static int processor() {
    return MarkSinks.processor();
  }

  /** The calling processor's virtual clock in nanoseconds; 0 outside a simulation. */
  public static double nanoTime() {
    return MarkSinks.nanoTime();
  }
}
