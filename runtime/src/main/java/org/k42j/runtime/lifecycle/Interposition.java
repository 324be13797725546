package org.k42j.runtime.lifecycle;

/**
 * An interceptor installed on a live clustered object by {@link
 * org.k42j.runtime.ClusteredObjects#interpose}; closing it removes the interceptor (calls that
 * already passed its {@code before} still get their {@code after}). A second close does nothing.
 */
public interface Interposition extends AutoCloseable {
  /** The interceptor this interposition installed. */
  Interceptor interceptor();

  /** Removes the interceptor: calls that start from now on no longer reach it. */
  @Override
  void close();
}
