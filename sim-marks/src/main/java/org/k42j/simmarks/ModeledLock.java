package org.k42j.simmarks;

import org.k42j.simmarks.spi.MarkSinks;

/**
 * Marks a lock so that a simulation models it: call {@link #acquire()} after taking the real lock
 * and {@link #release()} before releasing it (the critical section between them is charged as it
 * runs). Inside a simulation the lock is a line that one processor holds at a time: an acquire
 * waits until the previous holder released it, then pays the line's transfer from the previous
 * holder plus the hand-off cost; re-acquiring a lock this processor released last costs a local
 * atomic. A lock must be released within the operation that acquired it.
 *
 * <p>Outside a simulation both methods are constant no-ops that the JIT removes.
 */
public final class ModeledLock {

  /** A lock, placed on first touch. */
  public ModeledLock() {}

  /** Models taking the lock (reentrant). */
  public void acquire() {
    MarkSinks.acquire(this);
  }

  /** Models releasing the lock. */
  public void release() {
    MarkSinks.release(this);
  }
}
