package org.k42j.kernel.dispatch;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.k42j.kernel.internal.KernelOnly;
import org.k42j.kernel.internal.PendingWork;

/**
 * An address space's presence on one virtual processor: it schedules its own user-level threads
 * there (strict thread priority first, then a lottery by tickets within a priority, from a seeded
 * random source) and receives the kernel's {@link Upcalls}. The virtual processor in turn schedules
 * its dispatchers the same way, by the dispatcher's priority (its QoS class) and tickets. A process
 * has one dispatcher per processor it runs on, or several on one processor for different classes.
 *
 * <p>The dispatcher never blocks: a thread that parks, sleeps, faults or makes a blocking call
 * leaves the ready set and the dispatcher runs its other ready threads.
 *
 * <p>Invariants: {@code ready} and {@code random} are used only in the processor's context; this
 * dispatcher is in the processor's ready set exactly when {@code ready} is not empty. Only the
 * raise that finds {@code softInterrupts} zero posts a delivery event, and the delivery takes the
 * whole word at once ({@link SoftInterruptWord}), so every raised bit is delivered exactly once.
 */
public final class Dispatcher implements Schedulable {
  private final AddressSpace addressSpace;
  final VirtualProcessor processor;
  private final int priority;
  private final int tickets;
  private final Upcalls upcalls;
  private final LotteryScheduler<UThread> ready = new LotteryScheduler<>();
  private final SplittableRandom random;
  private final SoftInterruptWord softInterrupts = new SoftInterruptWord();
  private final List<PendingWork> pendingWork = new CopyOnWriteArrayList<>();
  final List<String> upcallFailures = new CopyOnWriteArrayList<>();
  private final int serial;

  Dispatcher(
      AddressSpace addressSpace,
      VirtualProcessor processor,
      int priority,
      int tickets,
      Upcalls upcalls,
      int serial,
      long seed) {
    if (tickets < 1) {
      throw new IllegalArgumentException("a dispatcher needs at least 1 ticket, not " + tickets);
    }
    this.addressSpace = addressSpace;
    this.processor = processor;
    this.priority = priority;
    this.tickets = tickets;
    this.upcalls = Objects.requireNonNull(upcalls, "upcalls; pass Upcalls.NONE for none");
    this.serial = serial;
    this.random = new SplittableRandom(seed);
  }

  /**
   * Spawns a user-level thread of priority 0 with 100 tickets running {@code body}; it is ready at
   * once. Callable from any thread.
   */
  public UThread spawn(String name, Runnable body) {
    return spawn(name, 0, 100, body);
  }

  /**
   * Spawns a user-level thread: {@code priority} (higher runs first) and {@code tickets} (its share
   * within the priority, at least 1). Callable from any thread until the kernel shuts down; during
   * shutdown's grace period only user-level threads may spawn (to finish their work).
   *
   * @throws AddressSpaceExitedException once the dispatcher's address space exited
   */
  public UThread spawn(String name, int priority, int tickets, Runnable body) {
    Objects.requireNonNull(body, "body");
    addressSpace.checkLive("spawn thread " + name);
    UThread thread = new UThread(this, name, priority, tickets, body);
    processor.scheduler.admit("spawn thread " + name + " on " + this);
    if (processor.inContext()) {
      processor.admit(thread);
    } else {
      processor.post(() -> processor.admit(thread));
    }
    return thread;
  }

  /**
   * Spawns a user-level thread (priority 0, 100 tickets) that runs {@code task}; the returned
   * future completes with its result, or exceptionally with what it threw. Callable from any
   * thread, like {@link #spawn}; a plain thread can wait on the future (a user-level thread should
   * {@link UThread#join} or park instead of blocking its processor).
   */
  public <T> CompletableFuture<T> submit(String name, Callable<T> task) {
    Objects.requireNonNull(task, "task");
    CompletableFuture<T> outcome = new CompletableFuture<>();
    UThread thread =
        spawn(
            name,
            () -> {
              try {
                outcome.complete(task.call());
              } catch (Throwable e) {
                outcome.completeExceptionally(e);
              }
            });
    // A thread the backend could not run never starts the task: fail the future with why.
    thread.whenDone(
        () -> {
          if (!outcome.isDone()) {
            outcome.completeExceptionally(new UThreadFailedException(name, thread.failure()));
          }
        });
    return outcome;
  }

  /**
   * Raises soft-interrupt {@code bits} on this dispatcher: they are OR-ed into its interrupt word
   * and delivered once to its {@link Upcalls#softInterrupt}. Only a user-level thread (or an
   * upcall) of the same address space may raise; the raiser never blocks.
   */
  public void raise(int bits) {
    AddressSpace from = KernelScheduler.callerAddressSpace("Dispatcher.raise()");
    if (from != addressSpace) {
      throw new NotSameAddressSpaceException(from.toString(), addressSpace.toString());
    }
    if (softInterrupts.raise(bits)) {
      processor.post(this::deliverSoftInterrupts);
    }
  }

  /** In the processor's context: takes the interrupt word and makes the upcall. */
  private void deliverSoftInterrupts() {
    int bits = softInterrupts.take();
    if (bits != 0) {
      processor.upcall(this, () -> upcalls.softInterrupt(this, bits));
    }
  }

  /**
   * Runs {@code task} in this dispatcher's context on its processor, between its threads, as an
   * upcall: it must not block (it may unpark, spawn, raise or send). Callable from any thread; a
   * task that throws is recorded and reported at shutdown.
   */
  public void post(Runnable task) {
    Objects.requireNonNull(task, "task");
    processor.post(() -> processor.upcall(this, task));
  }

  /**
   * Runs {@code task} in this dispatcher's context on its processor, as an upcall, once {@code
   * deadlineNanos} ({@code System.nanoTime()}) has passed: a timer of the processor, so no earlier.
   * It must not block. Callable from any thread.
   */
  public void postAt(long deadlineNanos, Runnable task) {
    Objects.requireNonNull(task, "task");
    Runnable timer = () -> processor.addTimer(deadlineNanos, () -> processor.upcall(this, task));
    if (processor.inContext()) {
      timer.run();
    } else {
      processor.post(timer);
    }
  }

  /**
   * Throws {@link KernelClosedException} (naming {@code what}) when the kernel's shutdown has begun
   * and the caller is not a user-level thread: work a plain thread hands this dispatcher after that
   * (a message, for example) could arrive after shutdown reported what was pending.
   */
  public void checkOpen(String what) {
    processor.scheduler.checkOpen(what);
  }

  /**
   * Registers work (a mailbox's queue) that shutdown reports if it is still pending; for the
   * kernel's own packages ({@link KernelOnly}).
   */
  public void addPendingWork(PendingWork work, KernelOnly access) {
    Objects.requireNonNull(access, "access");
    pendingWork.add(work);
  }

  List<PendingWork> pendingWork() {
    return pendingWork;
  }

  Upcalls upcalls() {
    return upcalls;
  }

  /** In the processor's context: {@code thread} becomes ready. */
  void makeReady(UThread thread) {
    thread.state = ThreadState.READY;
    ready.add(thread);
    processor.dispatcherHasWork(this);
  }

  /** In the processor's context: draws the next thread and takes it off the ready set. */
  UThread takeNext() {
    UThread next = ready.pick(random);
    ready.remove(next);
    return next;
  }

  /** In the processor's context: takes {@code thread}, which is ready, off the ready set. */
  void takeReady(UThread thread) {
    ready.remove(thread);
  }

  boolean hasReady() {
    return !ready.isEmpty();
  }

  /** True when the caller is on this dispatcher's processor (its context). */
  public boolean isCurrentProcessor() {
    return processor.inContext();
  }

  /** The address space this dispatcher serves. */
  public AddressSpace addressSpace() {
    return addressSpace;
  }

  /** The virtual processor this dispatcher runs on. */
  public int processor() {
    return processor.id;
  }

  /** The NUMA node of {@link #processor()}. */
  public int node() {
    return processor.node;
  }

  @Override
  public int priority() {
    return priority;
  }

  @Override
  public int tickets() {
    return tickets;
  }

  @Override
  public String toString() {
    return "Dispatcher["
        + addressSpace.name()
        + "#"
        + serial
        + " on vp"
        + processor.id
        + ", priority "
        + priority
        + "]";
  }
}
