package org.k42j.runtime.lifecycle;

import org.k42j.runtime.internal.OpenRequests;
import org.k42j.runtime.quiescence.Quiescence;

/**
 * One running request, from {@link Requests#enter()}; closing it ends the request. Close it on the
 * thread that entered it, once (try-with-resources does both).
 */
public final class Request implements AutoCloseable {
  private final int counter;
  private final OpenRequests open; // the entering waiter's open requests
  private boolean closed;

  Request(int counter, OpenRequests open) {
    this.counter = counter;
    this.open = open;
  }

  /** Ends the request; a second close does nothing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    open.exited(Quiescence.global().generationOf(counter)); // before the counter: see OpenRequests
    Quiescence.global().exit(counter);
  }
}
