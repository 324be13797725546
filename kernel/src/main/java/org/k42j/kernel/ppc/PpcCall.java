package org.k42j.kernel.ppc;

import org.k42j.kernel.dispatch.UThread;

/**
 * One protected procedure call, from the caller's hand-off to its outcome.
 *
 * <p>Invariants: confined to the caller's processor. The caller, the server thread that serves the
 * call and the pool's exit event all run in that processor's context (one at a time, ordered by its
 * hand-offs), so no field needs a lock or a volatile. {@code settled} goes false to true once: by
 * the server thread's result or failure, by the pool's closing (the server exited), or by the
 * caller's own cancellation; whoever settles first decides the outcome, later ones see {@code
 * settled} and drop theirs.
 */
final class PpcCall {
  final Export export;
  final int method;
  final Object[] args;

  /** The parked caller of a synchronous call; null for an asynchronous one. */
  final UThread caller;

  boolean settled;
  Object result;
  String exitedBecause;
  String failedClass;
  String failedMessage;
  String failedStack;

  PpcCall(Export export, int method, Object[] args, UThread caller) {
    this.export = export;
    this.method = method;
    this.args = args;
    this.caller = caller;
  }

  boolean async() {
    return caller == null;
  }

  /** In the caller, once settled: the result, or the failure as a client-side exception. */
  Object outcome() {
    if (exitedBecause != null) {
      throw new ServerExitedException(export.handle, exitedBecause);
    }
    if (failedClass != null) {
      throw new PpcServerException(export.handle, method, failedClass, failedMessage, failedStack);
    }
    return result;
  }

  @Override
  public String toString() {
    return (async() ? "async PPC " : "PPC ") + export.handle + " method " + method;
  }
}
