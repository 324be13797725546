package org.k42j.kernel.ppc;

import java.util.Objects;

/**
 * Base of generated client stubs ({@code X_Stub extends Stub implements X}): each interface method
 * copies its arguments (by value: arrays deep-copied, exported objects as their handles) into an
 * array and makes a protected procedure call with {@link #call}, or {@link #send} for an
 * {@code @Async} method.
 *
 * <p>A stub is bound to one export when it is made: the constructor checks the handle ({@link
 * StaleHandleException}, {@link ForgedHandleException}), and each call checks again that the object
 * was not revoked and its server has not exited. Two stubs of the same handle are equal.
 */
public abstract class Stub implements RemoteObject {
  /** The argument array of a method without parameters (never written). */
  protected static final Object[] NO_ARGS = {};

  private final ObjectHandle handle;
  private final Ppc ppc;
  private final Export export;

  /**
   * A stub for {@code handle}, calling through {@code ppc}.
   *
   * @throws StaleHandleException if the object was revoked
   * @throws ServerExitedException if the object's server exited
   * @throws ForgedHandleException if the kernel never exported such an object
   */
  protected Stub(ObjectHandle handle, Ppc ppc) {
    this.handle = Objects.requireNonNull(handle, "handle");
    this.ppc = Objects.requireNonNull(ppc, "ppc");
    this.export = ppc.resolve(handle);
  }

  @Override
  public final ObjectHandle handle() {
    return handle;
  }

  /** The PPC facility this stub calls through (to bind handles that arrive as results). */
  protected final Ppc ppc() {
    return ppc;
  }

  /**
   * A synchronous PPC of method number {@code method} (declaration order of the interface's
   * abstract methods, from 0): the calling user-level thread is parked until a server thread on its
   * processor has run the method; returns the result (already copied by the skeleton). Whatever
   * fails arrives as a {@link PpcException}: the server's own exception as {@link
   * PpcServerException}.
   */
  protected final Object call(int method, Object[] args) {
    return ppc.call(export, method, args);
  }

  /**
   * An asynchronous PPC ({@code @Async} methods): handed to a server thread of the caller's
   * processor, or queued for one; the caller never waits for it and gets no reply.
   */
  protected final void send(int method, Object[] args) {
    ppc.send(export, method, args);
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof Stub stub && stub.handle.equals(handle);
  }

  @Override
  public final int hashCode() {
    return handle.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + handle + "]";
  }
}
