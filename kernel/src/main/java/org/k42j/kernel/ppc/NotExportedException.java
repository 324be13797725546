package org.k42j.kernel.ppc;

/**
 * An object passed where an exported object is needed (an argument of an exported interface type,
 * {@link Ppc#handleOf}) was never exported, or was revoked, or was exported as several interfaces
 * and the call did not say which. Export it first with {@link Ppc#export}.
 */
public final class NotExportedException extends PpcException {
  private static final long serialVersionUID = 1L;

  NotExportedException(String message) {
    super(message);
  }
}
