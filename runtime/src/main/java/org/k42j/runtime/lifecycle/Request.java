package org.k42j.runtime.lifecycle;

import org.k42j.runtime.quiescence.Quiescence;

/**
 * One running request, from {@link Requests#enter()}; closing it ends the request. Close it on the
 * thread that entered it, once (try-with-resources does both).
 */
public final class Request implements AutoCloseable {
  private final int counter;
  private final int[] depth; // the entering thread's nesting depth
  private boolean closed;

  Request(int counter, int[] depth) {
    this.counter = counter;
    this.depth = depth;
  }

  /** Ends the request; a second close does nothing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    depth[0]--;
    Quiescence.global().exit(counter);
  }
}
