package org.k42j.kernel.ppc;

import org.k42j.kernel.dispatch.ThreadCancelledException;
import org.k42j.kernel.dispatch.UThread;

/**
 * The calls a server thread runs: asynchronous calls, the synchronous calls of a server that keeps
 * its own threads ({@link Ppc#useServerThreads}), both on the caller's processor through the
 * server's pool there, and the calls a stub bound to a processor sends there by message ({@link
 * MessagePort}). A synchronous caller parks until the call is settled: by the server thread, by the
 * server's exit, or by its deadline (a timer of the caller's processor).
 *
 * <p>Invariants: a {@link PpcCall} is settled once (its compare-and-set); the caller reads its
 * outcome only after seeing it settled, so the server thread may be on another processor.
 */
final class ThreadPath {
  private final Ppc ppc;

  ThreadPath(Ppc ppc) {
    this.ppc = ppc;
  }

  /** A synchronous call on a server thread of the caller's processor. */
  Object call(Export export, int method, Object[] args, long timeoutNanos) {
    UThread caller = Ppc.caller(export, "a PPC");
    ServerPool pool = ppc.poolFor(export, method, caller);
    PpcCall call = new PpcCall(export, method, args, caller);
    UThread server = pool.dispatch(call);
    if (timeoutNanos > 0) {
      expireAt(call, timeoutNanos);
    }
    try {
      while (!call.settled()) {
        UThread.parkAndRun(server); // straight to the server thread when it can take the processor
        server = null;
      }
    } catch (ThreadCancelledException cancelled) {
      pool.abandon(call);
      throw cancelled;
    }
    return call.outcome(timeoutNanos);
  }

  void send(Export export, int method, Object[] args) {
    UThread caller = Ppc.caller(export, "an asynchronous PPC");
    ppc.poolFor(export, method, caller).dispatch(new PpcCall(export, method, args, null));
  }

  /** A synchronous call sent by message to a server thread on the route's processor. */
  Object callByMessage(Export export, int method, Object[] args, Stub.Route route) {
    UThread caller = Ppc.caller(export, "a PPC by message");
    ppc.check(export, method);
    MessagePort port = export.server.port(route.processor(), export);
    PpcCall call = new PpcCall(export, method, args, caller);
    port.send(call);
    if (route.timeoutNanos() > 0) {
      expireAt(call, route.timeoutNanos());
    }
    try {
      while (!call.settled()) {
        UThread.park();
      }
    } catch (ThreadCancelledException cancelled) {
      if (call.claim()) {
        call.publish(); // no one waits for the reply: the server thread drops it
      }
      throw cancelled;
    } finally {
      port.forget(call);
    }
    return call.outcome(route.timeoutNanos());
  }

  /** An asynchronous call sent by message to the route's processor; never waits. */
  void sendByMessage(Export export, int method, Object[] args, Stub.Route route) {
    Ppc.caller(export, "an asynchronous PPC by message");
    ppc.check(export, method);
    export.server.port(route.processor(), export).send(new PpcCall(export, method, args, null));
  }

  /** On the caller: settles {@code call} as timed out once its bound passes, if nothing did. */
  private void expireAt(PpcCall call, long timeoutNanos) {
    call.caller
        .dispatcher()
        .postAt(
            System.nanoTime() + timeoutNanos,
            () -> {
              if (call.claim()) {
                call.timedOut = true;
                call.publish();
                ppc.counters().timedOutAtDeadline();
                call.caller.unpark();
              }
            });
  }
}
