package org.k42j.kernel.ppc;

/**
 * The handle names an object that was exported once but has been revoked since ({@link
 * Ppc#revoke}); its slot may serve another object now. Look the service up again.
 */
public final class StaleHandleException extends PpcException {
  private static final long serialVersionUID = 1L;

  StaleHandleException(ObjectHandle handle, String why) {
    super("the handle " + handle + " is stale: " + why + "; look the service up again");
  }
}
