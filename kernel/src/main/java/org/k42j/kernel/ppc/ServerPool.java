package org.k42j.kernel.ppc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.k42j.kernel.dispatch.AddressSpaceExitedException;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.ThreadCancelledException;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.runtime.lifecycle.Request;
import org.k42j.runtime.lifecycle.Requests;

/**
 * A server address space's presence on one processor: the admission bound of its calls there, a
 * dispatcher of the server (in the PPC priority class, so a call's server thread runs before the
 * client's other threads), the server threads, spawned on demand up to the limit, and a bounded
 * queue of asynchronous calls waiting for one.
 *
 * <p>Admission: at most {@code threadsPerProcessor} calls are inside the server on the processor at
 * once, whether a migrated caller's thread runs them ({@link #admitMigrated}) or a server thread
 * does ({@link #dispatch}). A migrated call waits (yielding) until the calls handed to server
 * threads before it have begun, so an asynchronous call and a synchronous one made after it by the
 * same client on the same processor run in that order. A call that finds the bound reached fails at
 * once with {@link PpcPoolExhaustedException}, unless some server thread holds a call it has not
 * started yet (it is ready and will run first): then the caller yields its processor and tries
 * again, for as long as such a call is there ({@link #mayWaitForUnstarted}). The wait is not
 * bounded by a count of yields: the processor's scheduler draws a lottery among the threads of a
 * class, so a server thread's caller or the receiver of calls sent by message (in the server's own
 * class) may be drawn again several times in a row before the server thread is; a fixed number of
 * yields made such a call fail with exhaustion while the server had a thread about to be free. The
 * wait ends: every ready thread of the class has a chance at every draw, a thread of a lower class
 * never waits (the server's threads run first), and a handed call leaves {@code unstarted} when its
 * thread begins it, never runs ({@link #neverRan}) or ends before beginning it ({@link #retired}).
 * An asynchronous call waits in the queue while it has room. A caller never waits for a call inside
 * the server: it might be waiting for the caller.
 *
 * <p>Server threads: a call for one goes to an idle server thread (the one idle last, whose stack
 * is warm) or to a new one while the pool is below its limit (the limits are the server's current
 * ones, read at each call, so {@link Ppc#limit} applies to every pool; threads above a lowered
 * limit stay and serve, and no new one is spawned until the pool is below it). The processor goes
 * from the caller straight to the server thread and back ({@link UThread#parkAndRun}), as in K42,
 * when the server thread is ready to take it (it has run before); otherwise through the processor's
 * scheduler.
 *
 * <p>Invariants: confined to processor {@code processor}'s context: every method runs on a
 * user-level thread of that processor (the callers, migrated or parked, and the server threads) or
 * in an upcall there (the close event), so the pool needs no lock. {@code migrated} counts the
 * migrated calls between their admission and their end; the calls inside the server are those and
 * the server threads that are not idle, never more than the limit at admission. A call is queued
 * only while the pool admits no more, and a queued call is started when a call inside ends; {@code
 * unstarted} counts calls handed to a server thread that has not begun them; once {@code
 * closedReason} is set no call is accepted, none stays queued, and every running call's caller has
 * been told.
 */
final class ServerPool {
  private final ServerSpace server;
  private final int processor;
  private final Dispatcher dispatcher;
  private final ArrayDeque<Worker> idle = new ArrayDeque<>();
  private final ArrayDeque<PpcCall> queue = new ArrayDeque<>();
  private final List<Worker> workers = new ArrayList<>();
  private int unstarted;
  private int spawned;
  private int migrated;
  private volatile int threads; // workers.size(), readable from any thread
  private int inside; // callsInside() as of the last change, for readers on other threads
  private String closedReason;

  ServerPool(ServerSpace server, int processor, Dispatcher dispatcher) {
    this.server = server;
    this.processor = processor;
    this.dispatcher = dispatcher;
  }

  Dispatcher dispatcher() {
    return dispatcher;
  }

  int threads() {
    return threads;
  }

  /**
   * Calls inside the server on this processor now (migrated and on server threads): exact in the
   * processor's context, approximate from other threads (a plain field: the migrating path pays no
   * fence for it).
   */
  int inside() {
    return inside;
  }

  private int callsInside() {
    return migrated + workers.size() - idle.size();
  }

  private void countInside() {
    inside = callsInside();
  }

  /**
   * On the caller's thread: admits a synchronous call on the migrating path, or throws when it
   * cannot be taken (the pool is closed, or the bound is reached).
   */
  void admitMigrated(Export export) {
    if (closedReason == null
        && unstarted == 0
        && callsInside() < server.limits().threadsPerProcessor()) {
      migrated++;
      inside = callsInside();
      return;
    }
    admitMigratedAfterOthers(export);
  }

  /** {@link #admitMigrated} when the call cannot be admitted at once: closed, full, or behind. */
  private void admitMigratedAfterOthers(Export export) {
    while (true) {
      if (closedReason != null) {
        throw new ServerExitedException(export.handle, closedReason);
      }
      PoolLimits limits = server.limits();
      // calls handed to server threads before this one run first
      if (!mayWaitForUnstarted()) {
        if (callsInside() < limits.threadsPerProcessor()) {
          migrated++;
          countInside();
          return;
        }
        throw new PpcPoolExhaustedException(toString(), limits, false);
      }
      UThread.yieldNow(); // the ready server threads run first: they are in a higher class
    }
  }

  /** On the caller's thread: a migrated call ended; a queued call may start in its place. */
  void migratedLeft() {
    migrated--;
    if (!queue.isEmpty()) {
      startQueued();
    }
    countInside();
  }

  private void startQueued() {
    String exit = closedReason != null ? closedReason : server.exitReason();
    if (exit != null) { // the close event is on its way: the queued calls are dropped
      for (PpcCall queued : queue) {
        exited(queued, exit);
      }
      queue.clear();
      return;
    }
    int limit = server.limits().threadsPerProcessor();
    while (!queue.isEmpty() && closedReason == null && callsInside() < limit) {
      Worker worker = idle.pollLast();
      PpcCall next = queue.pollFirst();
      if (worker != null) {
        handTo(worker, next);
      } else {
        try {
          spawn(next);
        } catch (PpcException refused) {
          refuse(next, refused);
        }
      }
    }
  }

  private void handTo(Worker worker, PpcCall call) {
    worker.call = call;
    worker.handed = true;
    unstarted++;
    worker.thread.unpark();
  }

  /**
   * Hands {@code call} to a server thread or the queue and returns the thread (null when queued);
   * throws when it cannot be taken.
   */
  UThread dispatch(PpcCall call) {
    // The server's limits as they are now: Ppc.limit applies to every pool, made or not.
    while (true) {
      if (closedReason != null) {
        throw new ServerExitedException(call.export.handle, closedReason);
      }
      PoolLimits limits = server.limits();
      if (callsInside() < limits.threadsPerProcessor()) {
        Worker worker = idle.pollLast();
        if (worker != null) {
          handTo(worker, call);
          countInside();
          return worker.thread;
        }
        if (workers.size() < limits.threadsPerProcessor()) {
          UThread thread = spawn(call);
          countInside();
          return thread;
        }
      }
      if (call.async() && queue.size() < limits.queuedCallsPerProcessor()) {
        queue.addLast(call);
        return null;
      }
      if (!mayWaitForUnstarted()) {
        throw new PpcPoolExhaustedException(toString(), limits, call.async());
      }
      UThread.yieldNow(); // a ready server thread with a handed call is drawn before long
    }
  }

  /**
   * On the calling thread: whether a call that found the bound reached may yield and try again:
   * some server thread holds a call it has not begun, and yielding can let it run (the caller's
   * class is not above the server's, where the server thread would never be drawn while the caller
   * is ready).
   */
  private boolean mayWaitForUnstarted() {
    return unstarted > 0 && UThread.current().dispatcher().priority() <= dispatcher.priority();
  }

  private UThread spawn(PpcCall call) {
    Worker worker = new Worker(this, call);
    try {
      worker.thread = dispatcher.spawn("ppc-" + spawned, worker);
    } catch (AddressSpaceExitedException exited) {
      throw new ServerExitedException(
          call.export.handle, "its address space " + server + " exited");
    }
    spawned++;
    workers.add(worker);
    threads = workers.size();
    worker.handed = true;
    unstarted++;
    worker.thread.whenDone(() -> neverRan(worker, call));
    return worker.thread;
  }

  /**
   * In the processor's context, when server thread {@code worker} has finished: if the backend
   * could not run it (no platform thread for it), its first call was never begun, and its caller
   * would wait forever; the call settles with the reason, which reaches the caller as a server
   * failure.
   */
  private void neverRan(Worker worker, PpcCall first) {
    if (worker.began) {
      return;
    }
    worker.handed = false; // settled below with the reason, not as cancelled
    unstarted--;
    retired(worker);
    Throwable why = worker.thread.failure();
    settle(first, null, why != null ? why : new IllegalStateException("server thread never ran"));
  }

  /** Server thread {@code worker} begins the call it was handed. */
  void started(Worker worker) {
    worker.handed = false;
    unstarted--;
  }

  /** On a server thread: runs {@code call} as one request and settles it. */
  void serve(PpcCall call) {
    Object result = null;
    Throwable failure = null;
    try (Request request = Requests.enter()) {
      result = call.export.skeleton.invoke(call.export.target, call.method, call.args);
    } catch (Throwable e) {
      failure = e;
    }
    settle(call, result, failure);
    if (failure instanceof ThreadCancelledException cancelled) {
      throw cancelled; // the server exited or the kernel shuts down: this thread ends
    }
  }

  private void settle(PpcCall call, Object result, Throwable failure) {
    if (!call.claim()) {
      // the caller was told already (the server exited, the caller was cancelled or timed out)
      server.ppc().counters().droppedLate(call);
      return;
    }
    String exit = closedReason != null ? closedReason : server.exitReason();
    if (failure == null) {
      call.result = result;
    } else if (exit != null && failure instanceof ThreadCancelledException) {
      call.exitedBecause = exit;
    } else {
      ServerFailure described = ServerFailure.of(failure);
      call.failedClass = described.className();
      call.failedMessage = described.message();
      call.failedStack = described.stackTrace();
    }
    call.publish();
    if (call.caller != null) {
      call.caller.unpark();
    } else if (failure != null) {
      server.ppc().counters().asyncFailed(call, call.failedClass, call.failedMessage);
    }
  }

  /** In context: {@code call} could not be taken (a call that arrived by message): say why. */
  void refuse(PpcCall call, PpcException why) {
    if (!call.claim()) {
      return;
    }
    call.refused = why;
    call.publish();
    if (call.caller != null) {
      call.caller.unpark();
    } else {
      server.ppc().counters().asyncRefused(call, why);
    }
  }

  /**
   * On server thread {@code worker} after a call: the next queued call, or, after waiting idle
   * (parked, handing the processor straight back to {@code caller}, the thread whose call it just
   * answered, when there is one), the next call handed to it; null once the pool is closed.
   */
  PpcCall next(Worker worker, UThread caller) {
    PpcCall queued = queue.pollFirst();
    if (queued != null) {
      worker.call = queued;
      worker.handed = true;
      unstarted++;
      return queued;
    }
    worker.call = null;
    if (closedReason != null) {
      return null;
    }
    idle.addLast(worker);
    countInside();
    UThread handOff = caller;
    while (worker.call == null && closedReason == null) {
      UThread.parkAndRun(handOff);
      handOff = null;
    }
    return worker.call;
  }

  /**
   * A server thread ends (the pool closed, or it was cancelled, perhaps after it was handed a call
   * and before it began it: that call no longer counts as unstarted, and its caller is told).
   */
  void retired(Worker worker) {
    if (worker.handed) {
      worker.handed = false;
      unstarted--;
      String exit = closedReason != null ? closedReason : server.exitReason();
      exited(worker.call, exit != null ? exit : "the kernel is shutting down");
    }
    workers.remove(worker);
    idle.remove(worker);
    threads = workers.size();
    countInside();
  }

  /** The caller of {@code call} was cancelled while it waited: no one waits for the reply. */
  void abandon(PpcCall call) {
    queue.remove(call);
    if (call.claim()) {
      call.publish();
    }
  }

  /**
   * In the processor's context: stops serving. Queued calls are dropped (their callers told), the
   * callers of running calls are told now (the threads' late results are dropped), idle threads
   * end.
   */
  void close(String reason) {
    if (closedReason != null) {
      return;
    }
    closedReason = reason;
    for (PpcCall queued : queue) {
      exited(queued, reason);
    }
    queue.clear();
    for (Worker worker : List.copyOf(workers)) {
      if (worker.call != null) {
        exited(worker.call, reason);
      }
    }
    for (Worker waiting : idle) {
      waiting.thread.unpark();
    }
    idle.clear();
  }

  private void exited(PpcCall call, String reason) {
    if (!call.claim()) {
      return;
    }
    call.exitedBecause = reason;
    call.publish();
    if (call.caller != null) {
      call.caller.unpark();
    } else {
      server.ppc().counters().asyncDropped();
    }
  }

  @Override
  public String toString() {
    return "the PPC pool of " + server + " on vp" + processor;
  }
}
