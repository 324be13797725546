package org.k42j.kernel.ppc;

/**
 * The server's address space has exited (or the kernel is shutting down): the call was refused, or,
 * when it was queued or running as the server exited, abandoned. Look the service up again (a
 * restarted server registers a new handle).
 */
public final class ServerExitedException extends PpcException {
  private static final long serialVersionUID = 1L;

  ServerExitedException(ObjectHandle handle, String why) {
    super(
        "a PPC to "
            + handle
            + " failed because "
            + why
            + "; look the service up again once a server has restarted");
  }
}
