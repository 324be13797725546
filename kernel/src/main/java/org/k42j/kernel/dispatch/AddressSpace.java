package org.k42j.kernel.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A process: an address space (the resource domain the kernel schedules) and its dispatchers, one
 * per virtual processor it runs on, or several per processor for different priority classes.
 * Created by {@code Kernel.createAddressSpace}, which registers it in the kernel's process table.
 *
 * <p>A process ends with {@link #exit}: its threads are cancelled, it gets no new dispatchers or
 * threads, and what was registered with {@link #onExit} runs (the PPC facility fails the calls into
 * the process's exported objects there, so no client waits for a server that is gone).
 *
 * <p>Invariants: {@code pid} is set once, by the kernel, when the process table registers the
 * space; {@code dispatchers} only grows. {@code exited} moves false to true once (one
 * compare-and-set), and then every exit action runs exactly once: an action added before the move
 * runs in {@link #exit}, one added after it runs at once in {@link #onExit} (both take the {@code
 * exitActions} monitor, so none is run twice or missed).
 */
public final class AddressSpace {
  private final KernelScheduler scheduler;
  private final String name;
  private final List<Dispatcher> dispatchers = new CopyOnWriteArrayList<>();
  private final List<Runnable> exitActions = new ArrayList<>(); // guarded by itself
  private volatile boolean exited;
  private volatile int pid = -1;

  AddressSpace(KernelScheduler scheduler, String name) {
    this.scheduler = scheduler;
    this.name = name;
  }

  /** A dispatcher on {@code processor} of priority 0 with 100 tickets and no upcalls. */
  public Dispatcher createDispatcher(int processor) {
    return createDispatcher(processor, 0, 100, Upcalls.NONE);
  }

  /** A dispatcher on {@code processor} of priority 0 with 100 tickets. */
  public Dispatcher createDispatcher(int processor, Upcalls upcalls) {
    return createDispatcher(processor, 0, 100, upcalls);
  }

  /**
   * A dispatcher on {@code processor}: {@code priority} is its class (higher runs first on the
   * processor), {@code tickets} its share within the class, {@code upcalls} what it is told.
   */
  public Dispatcher createDispatcher(int processor, int priority, int tickets, Upcalls upcalls) {
    VirtualProcessor vp = scheduler.processor(processor);
    scheduler.checkOpen("create a dispatcher of " + name);
    checkLive("create a dispatcher");
    synchronized (dispatchers) {
      int serial = dispatchers.size();
      Dispatcher dispatcher =
          new Dispatcher(
              this, vp, priority, tickets, upcalls, serial, scheduler.seedFor(this, serial));
      dispatchers.add(dispatcher);
      return dispatcher;
    }
  }

  /**
   * Ends this process: from now on it gets no new dispatchers or threads ({@link
   * AddressSpaceExitedException}), the actions registered with {@link #onExit} run (on the calling
   * thread, in registration order; one that throws is recorded as a kernel fault and the others
   * still run), and every thread of the process is cancelled: it ends with {@link
   * ThreadCancelledException} at its next kernel call (a parked, sleeping or blocked thread is
   * woken to do so). Returns without waiting for the threads to end. Callable from any thread, the
   * process's own included; a second call does nothing.
   */
  public void exit() {
    List<Runnable> actions;
    synchronized (exitActions) {
      if (exited) {
        return;
      }
      exited = true;
      actions = List.copyOf(exitActions);
      exitActions.clear();
    }
    for (Runnable action : actions) {
      try {
        action.run();
      } catch (RuntimeException | Error e) {
        scheduler.kernelFault(this + ": an exit action threw " + e);
      }
    }
    scheduler.cancelThreadsOf(this);
  }

  /**
   * Cancels every migrated call running inside this address space (a synchronous PPC whose caller's
   * thread runs the server's code here, {@link Migration}), on every processor, without cancelling
   * the callers' threads: each gets {@link ThreadCancelledException} at its next kernel call inside
   * this space (woken if blocked), which the call turns into its own failure. The PPC facility
   * calls it when a server stops serving; {@link #exit} does it too. Callable from any thread;
   * returns at once.
   */
  public void cancelCallsInside(String reason) {
    scheduler.cancelStaysIn(this, reason);
  }

  /** True once {@link #exit} was called. */
  public boolean isExited() {
    return exited;
  }

  /**
   * Runs {@code action} when this process exits, or at once (on the calling thread) if it has
   * exited already. The action must not block: it runs on the thread that calls {@link #exit}.
   */
  public void onExit(Runnable action) {
    Objects.requireNonNull(action, "action");
    synchronized (exitActions) {
      if (!exited) {
        exitActions.add(action);
        return;
      }
    }
    action.run();
  }

  /** Throws {@link AddressSpaceExitedException} naming {@code what} once this process exited. */
  void checkLive(String what) {
    if (exited) {
      throw new AddressSpaceExitedException(this, what);
    }
  }

  /** Every dispatcher of this address space, in creation order. */
  public List<Dispatcher> dispatchers() {
    return List.copyOf(dispatchers);
  }

  /** The address space's name. */
  public String name() {
    return name;
  }

  /** The process id the kernel's process table gave it, or -1 before registration. */
  public int pid() {
    return pid;
  }

  /** Set once when the process table registers this space. */
  void assignPid(int pid) {
    if (this.pid != -1) {
      throw new IllegalStateException(name + " already has pid " + this.pid);
    }
    this.pid = pid;
  }

  @Override
  public String toString() {
    return "AddressSpace[" + name + ", pid " + pid + "]";
  }
}
