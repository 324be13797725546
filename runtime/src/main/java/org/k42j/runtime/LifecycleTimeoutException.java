package org.k42j.runtime;

import java.time.Duration;

/**
 * A destroy or hot swap waited longer than its bound (the {@code Duration} it was given, or the
 * default of {@code -Dk42j.lifecycle.timeout}) for calls or requests that started before it. The
 * message names what it waited for: the threads holding requests open and where they entered, the
 * threads still seen inside the object, or the calls still counted by the swap. A swap that times
 * out leaves the object as it was (its old reps serve on); a destroyed object keeps refusing calls
 * and its cleanup runs later, after those requests and calls end ({@link
 * ClusteredObjects#cleanedUp(Object)}).
 */
public class LifecycleTimeoutException extends ClusteredObjectException {
  private static final long serialVersionUID = 1L;

  private final Duration bound;

  /** With a message that names what was waited for, and the bound that passed. */
  public LifecycleTimeoutException(String message, Duration bound) {
    super(message);
    this.bound = bound;
  }

  /** The bound that passed. */
  public Duration bound() {
    return bound;
  }
}
