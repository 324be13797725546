package org.k42j.runtime.quiescence;

import java.util.function.Supplier;
import org.k42j.runtime.spi.Parking;

/**
 * What a grace period waits as and through, given by its caller: who waits, how it parks, its
 * bound, and what it can say about the requests it waits for. The runtime's lifecycle implements it
 * (a destroy's or swap's bound and the open requests' records); this package depends on nothing of
 * the runtime but the {@link Parking} SPI.
 */
public interface GraceWait {
  /** The waiting waiter (a thread, or a user-level thread under the k42j kernel). */
  Object waiter();

  /** How the waiter pauses and parks while requests are still counted. */
  Parking parking();

  /**
   * One round of a wait in {@code phase} that is not over: may report {@code holders} once the wait
   * is long, and throws (a {@code LifecycleTimeoutException}) once the bound has passed.
   */
  void check(String phase, Supplier<String> holders);

  /** The requests still open that started before {@code sinceNanos}, named for a report. */
  String describeOpenSince(long sinceNanos);

  /**
   * Whether the grace period may stop waiting although {@code counted} requests are still counted
   * in the generation of parity {@code parity}: when a caller scan follows and every one of them
   * belongs to a thread that scan sees.
   */
  boolean onlyScannedThreadsOpen(int parity, long counted);
}
