package org.k42j.kernel.ppc;

import java.io.PrintWriter;
import java.io.StringWriter;
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
 * A server address space's threads on one processor: a dispatcher of the server there (in the PPC
 * priority class, so a call's server thread runs before the client's other threads), the server
 * threads, spawned on demand up to the limit, and a bounded queue of asynchronous calls waiting for
 * one.
 *
 * <p>The processor goes from the caller straight to the server thread and back ({@link
 * UThread#parkAndRun}), as in K42, when the server thread is ready to take it (it has run before);
 * otherwise through the processor's scheduler.
 *
 * <p>Hand-off: a call goes to an idle server thread (the one idle last, whose stack is warm), or to
 * a new one while the pool is below its limit, or (asynchronous calls) into the queue while it has
 * room (the limits are the server's current ones, read at each call, so {@link Ppc#limit} applies
 * to every pool; threads above a lowered limit stay and serve, and no new one is spawned until the
 * pool is below it). Otherwise, when some server thread holds a call it has not started yet (it is
 * ready and will run first), the caller yields its processor and tries again; when every thread is
 * inside a method that waits, the call fails at once with {@link PpcPoolExhaustedException}. A
 * caller never waits for a server thread: it might be waiting for a thread that waits for it.
 *
 * <p>Invariants: confined to processor {@code processor}'s context: every method runs on a
 * user-level thread of that processor (the callers and the server threads) or in an upcall there
 * (the close event), so the pool needs no lock. A thread is idle only while the queue is empty and
 * a call is queued only while no thread is idle; {@code unstarted} counts calls handed to a server
 * thread that has not begun them; once {@code closedReason} is set no call is accepted, none stays
 * queued, and every running call's caller has been told.
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
  private volatile int threads; // workers.size(), readable from any thread
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
   * Hands {@code call} to a server thread or the queue and returns the thread (null when queued);
   * throws when it cannot be taken.
   */
  UThread dispatch(PpcCall call) {
    // The server's limits as they are now: Ppc.limit applies to every pool, made or not.
    PoolLimits limits = server.limits();
    int attempts = limits.threadsPerProcessor() + limits.queuedCallsPerProcessor() + 1;
    for (int attempt = 0; ; attempt++) {
      if (closedReason != null) {
        throw new ServerExitedException(call.export.handle, closedReason);
      }
      Worker worker = idle.pollLast();
      if (worker != null) {
        worker.call = call;
        unstarted++;
        worker.thread.unpark();
        return worker.thread;
      }
      if (workers.size() < limits.threadsPerProcessor()) {
        return spawn(call);
      }
      if (call.async() && queue.size() < limits.queuedCallsPerProcessor()) {
        queue.addLast(call);
        return null;
      }
      if (unstarted == 0 || attempt == attempts) {
        throw new PpcPoolExhaustedException(toString(), limits, call.async());
      }
      UThread.yieldNow(); // the ready server threads run first: they are in a higher class
    }
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
    unstarted--;
    retired(worker);
    Throwable why = worker.thread.failure();
    settle(first, null, why != null ? why : new IllegalStateException("server thread never ran"));
  }

  /** A server thread begins the call it was handed. */
  void started() {
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
    if (call.settled) {
      return; // the caller was told already (the server exited, or the caller was cancelled)
    }
    call.settled = true;
    String exit = closedReason != null ? closedReason : server.exitReason();
    if (failure == null) {
      call.result = result;
    } else if (exit != null && failure instanceof ThreadCancelledException) {
      call.exitedBecause = exit;
    } else {
      call.failedClass = failure.getClass().getName();
      call.failedMessage = messageOf(failure);
      call.failedStack = stackTrace(failure);
    }
    if (call.caller != null) {
      call.caller.unpark();
    } else if (failure != null) {
      server.ppc().asyncFailed(call, call.failedClass, call.failedMessage);
    }
  }

  /**
   * The server exception's message. Reading it runs the server's code (an overridden {@code
   * getMessage}), which may throw: the call must settle all the same, or its caller would wait
   * forever.
   */
  private static String messageOf(Throwable failure) {
    try {
      return failure.getMessage();
    } catch (Throwable unreadable) {
      return "(its getMessage() threw " + unreadable.getClass().getName() + ")";
    }
  }

  /** The server exception's stack trace as text; its frames alone when printing it throws. */
  private static String stackTrace(Throwable failure) {
    StringWriter text = new StringWriter();
    try {
      failure.printStackTrace(new PrintWriter(text));
      return text.toString();
    } catch (Throwable unprintable) {
      StringBuilder frames = new StringBuilder(failure.getClass().getName());
      frames.append(" (printing it threw ").append(unprintable.getClass().getName()).append(')');
      for (StackTraceElement frame : failure.getStackTrace()) {
        frames.append(System.lineSeparator()).append("\tat ").append(frame);
      }
      return frames.toString();
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
      unstarted++;
      return queued;
    }
    worker.call = null;
    if (closedReason != null) {
      return null;
    }
    idle.addLast(worker);
    UThread handOff = caller;
    while (worker.call == null && closedReason == null) {
      UThread.parkAndRun(handOff);
      handOff = null;
    }
    return worker.call;
  }

  /** A server thread ends (the pool closed, or it was cancelled). */
  void retired(Worker worker) {
    workers.remove(worker);
    idle.remove(worker);
    threads = workers.size();
  }

  /** The caller of {@code call} was cancelled while it waited: no one waits for the reply. */
  void abandon(PpcCall call) {
    queue.remove(call);
    call.settled = true;
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
    if (call.settled) {
      return;
    }
    call.settled = true;
    call.exitedBecause = reason;
    if (call.caller != null) {
      call.caller.unpark();
    } else {
      server.ppc().asyncDropped();
    }
  }

  @Override
  public String toString() {
    return "the PPC pool of " + server + " on vp" + processor;
  }
}
