package org.k42j.runtime.internal;

import java.util.function.Supplier;
import org.k42j.runtime.quiescence.GraceWait;
import org.k42j.runtime.spi.Parking;

/**
 * The wait of a grace period that has no bound and no caller scan after it ({@code
 * Requests.awaitQuiescence()}): it waits as the calling waiter, through the installed identity's
 * parking, until every older request has ended. Stateless.
 */
public final class UnboundedGraceWait implements GraceWait {
  /** The one instance. */
  public static final GraceWait INSTANCE = new UnboundedGraceWait();

  private UnboundedGraceWait() {}

  @Override
  public Object waiter() {
    return Waiters.current();
  }

  @Override
  public Parking parking() {
    return Waiters.parking();
  }

  @Override
  public void check(String phase, Supplier<String> holders) {}

  @Override
  public String describeOpenSince(long sinceNanos) {
    return OpenRequests.describeOpenSince(sinceNanos);
  }

  @Override
  public boolean onlyScannedThreadsOpen(int parity, long counted) {
    return false;
  }
}
