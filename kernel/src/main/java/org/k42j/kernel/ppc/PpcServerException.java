package org.k42j.kernel.ppc;

/**
 * The server's method threw. Nothing of the server's exception object crosses into the client: this
 * carries its class name, message and stack trace as text ({@link #remoteClass}, {@link
 * #remoteMessage}, {@link #remoteStackTrace}).
 */
public final class PpcServerException extends PpcException {
  private static final long serialVersionUID = 1L;

  private final String remoteClass;
  private final String remoteMessage;
  private final String remoteStackTrace;

  PpcServerException(
      ObjectHandle handle, int method, String remoteClass, String remoteMessage, String stack) {
    super(
        "the server of "
            + handle
            + " threw "
            + remoteClass
            + (remoteMessage == null ? "" : ": " + remoteMessage)
            + " in method "
            + method
            + "; the server's stack trace is in remoteStackTrace(), fix the server or catch"
            + " PpcServerException");
    this.remoteClass = remoteClass;
    this.remoteMessage = remoteMessage;
    this.remoteStackTrace = stack;
  }

  /** The binary name of the exception class the server threw. */
  public String remoteClass() {
    return remoteClass;
  }

  /** The message of the server's exception, or null. */
  public String remoteMessage() {
    return remoteMessage;
  }

  /** The server's exception printed with its stack trace (causes included). */
  public String remoteStackTrace() {
    return remoteStackTrace;
  }
}
