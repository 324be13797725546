package org.k42j.kernel.ppc;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.k42j.kernel.dispatch.UThread;

/**
 * One protected procedure call that runs on a server thread (an asynchronous call, a synchronous
 * one of a server that keeps its own threads for them, or one sent by message to another
 * processor), from its hand-off to its outcome.
 *
 * <p>Invariants: {@code state} moves from PENDING to SETTLED once, by one compare-and-set: by the
 * server thread's result or failure, by the pool's closing (the server exited), by the caller's
 * cancellation or by its deadline; whoever settles first decides the outcome, later ones see it
 * settled and drop theirs. The outcome fields are written by the settler before the volatile move
 * and read by the caller after it saw the move, so the caller may be on another processor than the
 * server thread (a call by message).
 */
final class PpcCall {
  private static final AtomicIntegerFieldUpdater<PpcCall> STATE =
      AtomicIntegerFieldUpdater.newUpdater(PpcCall.class, "state");
  private static final int PENDING = 0;
  private static final int SETTLING = 1;
  private static final int SETTLED = 2;

  final Export export;
  final int method;
  final Object[] args;

  /** The parked caller of a synchronous call; null for an asynchronous one. */
  final UThread caller;

  private volatile int state;
  Object result;
  String exitedBecause;
  PpcException refused;
  boolean timedOut;
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

  /** Claims the right to settle the call: true for exactly one claimer, who then calls settled. */
  boolean claim() {
    return STATE.compareAndSet(this, PENDING, SETTLING);
  }

  /** Publishes the outcome written after {@link #claim}. */
  void publish() {
    state = SETTLED;
  }

  /** Whether the outcome is published. */
  boolean settled() {
    return state == SETTLED;
  }

  /** Whether someone claimed or published the outcome (a late settler drops its own). */
  boolean claimed() {
    return state != PENDING;
  }

  /** In the caller, once settled: the result, or the failure as a client-side exception. */
  Object outcome(long timeoutNanos) {
    if (refused != null) {
      throw refused;
    }
    if (exitedBecause != null) {
      throw new ServerExitedException(export.handle, exitedBecause);
    }
    if (timedOut) {
      throw new PpcTimeoutException(
          export.handle, method, java.time.Duration.ofNanos(timeoutNanos));
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
