package org.k42j.kernel.ppc;

import java.time.Duration;
import org.k42j.kernel.dispatch.Migration;
import org.k42j.kernel.dispatch.ThreadCancelledException;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.runtime.lifecycle.Requests;

/**
 * The migrating path of a synchronous PPC (LRPC's and K42's migrating thread): the caller's own
 * user-level thread enters the server's address space on its processor, runs the server's method
 * (the generated stub calls it directly, with its copies of the arguments), and returns; no thread
 * switch, no scheduler, no call record. What stays of a PPC: the call is checked and admitted under
 * the server's per-processor bound, it runs as one {@code Requests} request and as a thread of the
 * server's dispatcher (so quiescence, the address-space queries and the scheduling class are the
 * server's), and it fails by name: the server's exception as {@link PpcServerException}, the
 * server's exit as {@link ServerExitedException}, the stub's deadline as {@link
 * PpcTimeoutException}. An exit or a deadline cancels the call (not the caller): the server's code
 * gets {@code ThreadCancelledException} at its next kernel call, and a result that comes back after
 * either is dropped.
 *
 * <p>Invariants: everything here runs on the caller's thread, in its processor's context; the
 * frame, its {@link MigratedCall} and the pool's admission count are confined there. Between {@link
 * #enter} and {@link #end} the call is admitted (counted once), migrated and inside one request;
 * {@link #end} undoes the three exactly once, whatever the server's code did.
 */
final class MigratingPath {
  private final Ppc ppc;

  MigratingPath(Ppc ppc) {
    this.ppc = ppc;
  }

  MigratedCall enter(Export export, int method, long timeoutNanos) {
    UThread caller = ppc.caller(export, "a PPC");
    caller.deliverPendingEvents(); // a PPC enters the kernel: pending events are delivered
    ServerPool pool = ppc.poolFor(export, method, caller);
    pool.admitMigrated(export);
    Migration frame;
    try {
      frame = caller.migrate(pool.dispatcher());
    } catch (RuntimeException | Error e) {
      pool.migratedLeft();
      throw e;
    }
    MigratedCall call = (MigratedCall) frame.attachment();
    if (call == null) {
      call = new MigratedCall(caller, frame);
      frame.attach(call);
    }
    call.export = export;
    call.method = method;
    call.pool = pool;
    call.timeoutNanos = timeoutNanos;
    if (timeoutNanos > 0) {
      arm(call, timeoutNanos);
    }
    call.request = Requests.enter();
    return call;
  }

  /** Sets the call's deadline: its frame is cancelled when it passes (a timeout stub's call). */
  private static void arm(MigratedCall call, long timeoutNanos) {
    call.deadline = System.nanoTime() + timeoutNanos;
    call.frame.cancelAt(
        call.deadline, "it did not finish within " + Duration.ofNanos(timeoutNanos));
  }

  /** The server's method returned: throws (dropping the result) if the call was cancelled. */
  void leave(MigratedCall call) {
    end(call);
    Migration frame = call.frame;
    if (frame.cancelReason() != null || pastDeadline(call)) {
      throw cancelled(call, true);
    }
    String exit = call.export.server.exitReason();
    if (exit != null) {
      throw new ServerExitedException(call.export.handle, exit); // its result is dropped
    }
  }

  /** The server's method threw {@code thrown}: what the caller throws. */
  RuntimeException failed(MigratedCall call, Throwable thrown) {
    end(call);
    Migration frame = call.frame;
    if (thrown instanceof ThreadCancelledException cancellation
        && (call.caller.isCancelled() || frame.cancelReason() == null)) {
      return cancellation; // the caller's own cancellation, or an outer call's: it goes on
    }
    if (frame.cancelReason() != null || pastDeadline(call)) {
      return cancelled(call, !(thrown instanceof ThreadCancelledException));
    }
    String exit = call.export.server.exitReason();
    if (exit != null && thrown instanceof ThreadCancelledException) {
      return new ServerExitedException(call.export.handle, exit);
    }
    return ServerFailure.of(thrown).toException(call.export.handle, call.method);
  }

  /**
   * Whether the call's deadline has passed: its timer cancels the frame only when the processor's
   * scheduler runs, which a server method that computes without a kernel call never lets happen.
   */
  private static boolean pastDeadline(MigratedCall call) {
    return call.timeoutNanos > 0 && System.nanoTime() - call.deadline >= 0;
  }

  /**
   * The failure of a call cancelled or past its deadline; {@code lateOutcome}: the server finished.
   */
  private PpcException cancelled(MigratedCall call, boolean lateOutcome) {
    Migration frame = call.frame;
    if (frame.serverExited()) {
      return new ServerExitedException(call.export.handle, frame.cancelReason());
    }
    ppc.counters().timedOut(lateOutcome);
    return new PpcTimeoutException(
        call.export.handle, call.method, Duration.ofNanos(call.timeoutNanos));
  }

  private static void end(MigratedCall call) {
    try {
      call.request.close();
    } finally {
      call.caller.unmigrate(call.frame);
      call.pool.migratedLeft();
    }
  }
}
