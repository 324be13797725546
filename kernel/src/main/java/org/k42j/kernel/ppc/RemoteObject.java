package org.k42j.kernel.ppc;

/**
 * Implemented by every stub: a client-side object whose calls are protected procedure calls into
 * the exported object its {@link #handle} names.
 */
public interface RemoteObject {
  /** The handle of the exported object this stub calls. */
  ObjectHandle handle();
}
