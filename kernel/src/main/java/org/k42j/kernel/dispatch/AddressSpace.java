package org.k42j.kernel.dispatch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A process: an address space (the resource domain the kernel schedules) and its dispatchers, one
 * per virtual processor it runs on, or several per processor for different priority classes.
 * Created by {@code Kernel.createAddressSpace}, which registers it in the kernel's process table.
 *
 * <p>Invariants: {@code pid} is set once, by the kernel, when the process table registers the
 * space; {@code dispatchers} only grows.
 */
public final class AddressSpace {
  private final KernelScheduler scheduler;
  private final String name;
  private final List<Dispatcher> dispatchers = new CopyOnWriteArrayList<>();
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
    synchronized (dispatchers) {
      int serial = dispatchers.size();
      Dispatcher dispatcher =
          new Dispatcher(
              this, vp, priority, tickets, upcalls, serial, scheduler.seedFor(this, serial));
      dispatchers.add(dispatcher);
      return dispatcher;
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
