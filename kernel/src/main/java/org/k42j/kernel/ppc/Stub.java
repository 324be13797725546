package org.k42j.kernel.ppc;

import java.util.Objects;

/**
 * Base of generated client stubs ({@code X_Stub extends Stub implements X}). A synchronous method
 * normally takes the migrating path: it copies its arguments, {@link #enter}s the server (the
 * calling thread moves into the server's address space), calls the server object ({@link #target})
 * directly with the copies, copies the result, and {@link #leave}s (or hands what the server threw
 * to {@link #failed}). When {@link #migrating} is false (a stub bound to another processor by
 * {@link Ppc#onProcessor}, or a server that keeps its own threads for synchronous calls, {@link
 * Ppc#useServerThreads}) it packs the copies into an array for {@link #call} instead, which a
 * server thread runs through the skeleton; an {@code @Async} method always uses {@link #send}.
 *
 * <p>A stub is bound to one export when it is made: the constructor checks the handle ({@link
 * StaleHandleException}, {@link ForgedHandleException}), and each call checks again that the object
 * was not revoked and its server has not exited. Two stubs of the same handle are equal, whatever
 * their timeout or processor.
 *
 * <p>Invariants: {@code route} is written once, by {@link Ppc} before the stub is handed out
 * (volatile, so a stub passed between threads carries it); the rest is final.
 */
public abstract class Stub implements RemoteObject {
  /** The argument array of a method without parameters (never written). */
  protected static final Object[] NO_ARGS = {};

  private final ObjectHandle handle;
  private final Ppc ppc;
  private final Export export;
  private volatile Route route;

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
   * Whether a synchronous call takes the migrating path ({@link #enter}) rather than a server
   * thread ({@link #call}).
   */
  protected final boolean migrating() {
    Route bound = route;
    return (bound == null || bound.processor() < 0) && !export.server.usesServerThreads();
  }

  /**
   * Starts a synchronous PPC of method number {@code method} (declaration order of the interface's
   * abstract methods, from 0) on the migrating path: checks the call as {@link #call} does, admits
   * it under the server's per-processor bound, and moves the calling user-level thread into the
   * server's address space on its own processor, inside one request. The caller must then call
   * {@link #target} and end with {@link #leave} or {@link #failed}, on this thread.
   */
  protected final MigratedCall enter(int method) {
    Route bound = route;
    return ppc.enter(export, method, bound == null ? 0 : bound.timeoutNanos());
  }

  /** The server object, to be called only between {@link #enter} and its end. */
  protected final Object target() {
    return export.target;
  }

  /**
   * Ends {@code call} normally: the thread returns to the caller's address space. Throws, dropping
   * the result, when the call was cancelled meanwhile: {@link ServerExitedException} (the server
   * exited) or {@link PpcTimeoutException} (the stub's timeout passed).
   */
  protected final void leave(MigratedCall call) {
    ppc.leave(call);
  }

  /**
   * Ends {@code call}, in which the server's code threw {@code thrown}, and returns what the caller
   * throws: {@link PpcServerException} with the server's exception as text, or the failure that
   * cancelled the call ({@link ServerExitedException}, {@link PpcTimeoutException}), or the
   * caller's own cancellation as it is.
   */
  protected final RuntimeException failed(MigratedCall call, Throwable thrown) {
    return ppc.failed(call, thrown);
  }

  /**
   * A synchronous PPC of method number {@code method} on a server thread: the calling user-level
   * thread is parked until a server thread (on its processor, or on the stub's processor by
   * message) has run the method; returns the result (already copied by the skeleton). Whatever
   * fails arrives as a {@link PpcException}: the server's own exception as {@link
   * PpcServerException}.
   */
  protected final Object call(int method, Object[] args) {
    Route bound = route;
    if (bound == null) {
      return ppc.call(export, method, args, 0);
    }
    if (bound.processor() >= 0) {
      return ppc.callByMessage(export, method, args, bound);
    }
    return ppc.call(export, method, args, bound.timeoutNanos());
  }

  /**
   * An asynchronous PPC ({@code @Async} methods): handed to a server thread of the caller's
   * processor (or of the stub's processor, by message), or queued for one; the caller never waits
   * for it and gets no reply.
   */
  protected final void send(int method, Object[] args) {
    Route bound = route;
    if (bound != null && bound.processor() >= 0) {
      ppc.sendByMessage(export, method, args, bound);
    } else {
      ppc.send(export, method, args);
    }
  }

  final Export export() {
    return export;
  }

  final Route route() {
    return route;
  }

  /** Set once by {@link Ppc}, before the stub is handed out. */
  final void route(Route bound) {
    this.route = bound;
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
    Route bound = route;
    return getClass().getSimpleName() + "[" + handle + (bound == null ? "" : ", " + bound) + "]";
  }

  /**
   * How a stub's calls travel: {@code processor} is the processor its calls are sent to by message
   * (-1: the caller's own, by PPC); {@code timeoutNanos} bounds its synchronous calls (0: none).
   */
  record Route(int processor, long timeoutNanos) {
    @Override
    public String toString() {
      return (processor >= 0 ? "by message to vp" + processor : "on the caller's processor")
          + (timeoutNanos > 0 ? ", timeout " + java.time.Duration.ofNanos(timeoutNanos) : "");
    }
  }
}
