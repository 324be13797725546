package org.k42j.kernel.dispatch;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.k42j.kernel.backend.Lane;
import org.k42j.kernel.vp.VpThread;
import org.k42j.runtime.spi.Parking;

/**
 * A user-level thread: scheduled by its {@link Dispatcher} on the dispatcher's virtual processor,
 * one at a time with the processor's other threads. The static methods are the kernel calls a
 * thread makes about itself; when one blocks (park, sleep, a page fault, a blocking call), the
 * thread is parked and its dispatcher keeps the processor and runs its other threads.
 *
 * <p>Preemption is cooperative: a thread gives up its processor only at kernel calls ({@link
 * #yieldNow}, the blocking calls, message waits). A thread that computes for a long time without a
 * kernel call holds its processor (and only its processor) meanwhile.
 *
 * <p>Over 500 lines: every kernel call a thread makes about itself (yield, park, sleep, fault,
 * blocking call, join, migration into another address space) works on the same private state of the
 * thread, so they stay one class.
 *
 * <p>Invariants: {@code state}, {@code permit} and the scheduling fields are read and written only
 * in the context of the thread's virtual processor (by the thread itself while it runs, or by the
 * processor's scheduler), whose hand-offs order them; other threads reach them only by posting an
 * event to the processor ({@link #unpark}). {@code cancelled} is volatile, set by the scheduler
 * during shutdown. {@code done} completes exactly once, in the processor's context, after the body
 * ended. {@code dispatcher} (the home one, or a server's during a {@link Migration}) changes only
 * while the thread runs, so a ready thread is in the ready set of the dispatcher it names, and
 * leaves that set before it can migrate; the migration frames, {@code migration} and {@code
 * migrationCancelled} are touched only in the processor's context.
 */
public final class UThread implements Schedulable {
  private final Dispatcher home;

  /** The dispatcher the thread runs as: {@code home}, or a server's during a {@link Migration}. */
  private Dispatcher dispatcher;

  private final String name;
  private final int priority;
  private final int tickets;
  private final Runnable body;
  final Lane.Context context;
  final CompletableFuture<Void> done = new CompletableFuture<>();

  ThreadState state = ThreadState.READY;
  private boolean permit;
  private int sleepSequence;
  private int parkSequence; // one per park, so a timed park's timer wakes only that park
  private long runs;
  volatile boolean cancelled;

  /** The innermost stay in another address space, or null; the frame reused at depth 0. */
  private Migration migration;

  private Migration outermost;

  /** Whether a stay on the stack of {@code migration} was cancelled (in context only). */
  boolean migrationCancelled;

  /** Why the thread was cancelled, when not by shutdown; written before {@code cancelled}. */
  String cancelReason;

  private Throwable failure;
  // The fault being serviced while FAULTED; the blocking call's result while BLOCKING.
  long faultAddress;
  private Object blockingResult;
  private Throwable blockingFailure;

  UThread(Dispatcher dispatcher, String name, int priority, int tickets, Runnable body) {
    if (tickets < 1) {
      throw new IllegalArgumentException(
          "thread " + name + " has " + tickets + " tickets; give it at least 1");
    }
    this.home = dispatcher;
    this.dispatcher = dispatcher;
    this.name = name;
    this.priority = priority;
    this.tickets = tickets;
    this.body = body;
    this.context = dispatcher.processor.lane.create(threadName(dispatcher, name), this::runBody);
  }

  private static String threadName(Dispatcher dispatcher, String name) {
    return "k42j-vp"
        + dispatcher.processor.id
        + "-"
        + dispatcher.addressSpace().name()
        + "-"
        + name;
  }

  /** The body, on the thread's carrier, in the processor's context. */
  private void runBody() {
    try {
      checkCancelled();
      body.run();
    } catch (Throwable e) {
      failure = e;
    }
    state = ThreadState.DONE;
  }

  /** The user-level thread running the caller; throws for a thread that is not one. */
  public static UThread current() {
    UThread thread = currentOrNull();
    if (thread == null) {
      throw new NotOnUserThreadException("UThread.current()");
    }
    return thread;
  }

  /** The user-level thread running the caller, or null. */
  static UThread currentOrNull() {
    Thread thread = Thread.currentThread();
    if (!(thread instanceof VpThread)) {
      return null;
    }
    KernelScheduler scheduler = KernelScheduler.active;
    if (scheduler == null) {
      return null;
    }
    VirtualProcessor processor = scheduler.processorOrNull(((VpThread) thread).processor());
    return processor == null ? null : processor.running;
  }

  private static UThread self(String what) {
    UThread thread = currentOrNull();
    if (thread == null) {
      throw new NotOnUserThreadException(what);
    }
    thread.checkCancelled();
    return thread;
  }

  /**
   * The runtime's {@link Parking} for code on user-level threads, which the kernel's processor
   * identity supplies: the runtime's waits (an exclusive rep's guard, a hot swap, a grace period,
   * the caller scan) name the user-level thread as the waiter and park it with {@link #park}, so
   * the dispatcher runs the processor's other threads meanwhile.
   */
  public static Parking parking() {
    return UserLevelParking.INSTANCE;
  }

  /** Gives the processor to the dispatcher, which may run another ready thread first. */
  public static void yieldNow() {
    UThread self = self("UThread.yieldNow()");
    self.state = ThreadState.READY;
    self.switchOut();
  }

  /**
   * Parks the calling thread until {@link #unpark} (returns at once if an unpark came first, as
   * {@code LockSupport.park} does). The dispatcher runs its other threads meanwhile. May return
   * without an unpark only when the thread is cancelled (it then throws).
   */
  public static void park() {
    UThread self = self("UThread.park()");
    if (self.permit) {
      self.permit = false;
      return;
    }
    self.parkSequence++;
    self.state = ThreadState.PARKED;
    self.switchOut();
  }

  /**
   * Parks the calling thread as {@link #park} does, for at most {@code nanos}: a timer of the
   * processor makes it ready again if no {@link #unpark} came first. The dispatcher runs its other
   * threads meanwhile. Returns at once when an unpark came first or {@code nanos} is not positive.
   */
  public static void parkNanos(long nanos) {
    UThread self = self("UThread.parkNanos()");
    if (self.permit) {
      self.permit = false;
      return;
    }
    if (nanos <= 0) {
      return;
    }
    int sequence = ++self.parkSequence;
    self.state = ThreadState.PARKED;
    self.dispatcher.processor.addTimer(
        System.nanoTime() + nanos,
        () -> {
          if (self.state == ThreadState.PARKED && self.parkSequence == sequence) {
            self.dispatcher.makeReady(self);
          }
        });
    self.switchOut();
  }

  /**
   * Parks the calling thread as {@link #park} does and, when {@code next} is a ready thread of the
   * same processor, hands the processor straight to it without running the scheduler, as K42 hands
   * the processor from a PPC's client to the server thread and back. When {@code next} cannot take
   * the processor at once (another processor's thread, not ready, never run yet, a higher priority
   * class ready, or events waiting for the scheduler), this is an ordinary park. Returns, as {@code
   * park} does, after an {@link #unpark}.
   */
  public static void parkAndRun(UThread next) {
    UThread self = self("UThread.parkAndRun()");
    if (self.permit) {
      self.permit = false;
      return;
    }
    self.parkSequence++;
    self.state = ThreadState.PARKED;
    boolean handedOff;
    try {
      handedOff = next != null && next != self && self.dispatcher.processor.handOff(self, next);
    } catch (RuntimeException | Error e) {
      self.state = ThreadState.RUNNING; // nothing switched: the thread still holds its processor
      throw e;
    }
    if (handedOff) {
      self.checkCancelled();
      return;
    }
    self.switchOut();
  }

  /**
   * Sleeps for {@code duration}; the dispatcher runs its other threads meanwhile. The wake-up is a
   * timer of the processor, so the thread is ready again no earlier than the duration.
   */
  public static void sleep(Duration duration) {
    UThread self = self("UThread.sleep()");
    long deadline = System.nanoTime() + duration.toNanos();
    int sequence = ++self.sleepSequence;
    self.state = ThreadState.SLEEPING;
    VirtualProcessor processor = self.dispatcher.processor;
    processor.addTimer(
        deadline,
        () -> {
          if (self.state == ThreadState.SLEEPING && self.sleepSequence == sequence) {
            self.dispatcher.makeReady(self);
          }
        });
    self.switchOut();
  }

  /**
   * Simulates a page fault on {@code address} that takes {@code service} to resolve: the thread is
   * halted, its dispatcher gets {@link Upcalls#pageFault} and runs its other threads, and when the
   * fault is resolved it gets {@link Upcalls#pageFaultResolved} and the thread is ready again.
   */
  public static void pageFault(long address, Duration service) {
    UThread self = self("UThread.pageFault()");
    self.faultAddress = address;
    self.state = ThreadState.FAULTED;
    self.dispatcher.processor.faultRaised(self, System.nanoTime() + service.toNanos());
    self.switchOut();
  }

  /**
   * Runs a call that may block (I/O, a lock, a JDK blocking API) off the virtual processor, on a
   * kernel helper thread, while the dispatcher runs its other threads; returns its result or throws
   * what it threw. The call runs on a plain thread: it must not call clustered objects (they would
   * throw {@code NotOnVirtualProcessorException}); do that after it returns.
   */
  @SuppressWarnings("unchecked")
  public static <T> T blockingCall(Callable<T> call) throws Exception {
    UThread self = self("UThread.blockingCall()");
    VirtualProcessor processor = self.dispatcher.processor;
    self.state = ThreadState.BLOCKING;
    self.blockingResult = null;
    self.blockingFailure = null;
    Future<?> running =
        processor.scheduler.blockingExecutor.submit(
            () -> {
              Object result = null;
              Throwable failure = null;
              try {
                result = call.call();
              } catch (Throwable e) {
                failure = e;
              }
              Object finalResult = result;
              Throwable finalFailure = failure;
              processor.post(
                  () -> {
                    if (self.state == ThreadState.BLOCKING) {
                      self.blockingResult = finalResult;
                      self.blockingFailure = finalFailure;
                      self.dispatcher.makeReady(self);
                    }
                  });
            });
    try {
      self.switchOut();
    } catch (ThreadCancelledException e) {
      running.cancel(true);
      throw e;
    }
    Throwable failure = self.blockingFailure;
    if (failure != null) {
      if (failure instanceof Exception) {
        throw (Exception) failure;
      }
      throw (Error) failure;
    }
    return (T) self.blockingResult;
  }

  /** Hands the processor back and, when resumed, throws if the thread was cancelled meanwhile. */
  private void switchOut() {
    dispatcher.processor.lane.yieldToScheduler();
    checkCancelled();
  }

  private void checkCancelled() {
    if (cancelled) {
      throw cancelReason == null
          ? new ThreadCancelledException(name)
          : new ThreadCancelledException(name, cancelReason);
    }
    if (migrationCancelled) {
      throw new ThreadCancelledException(name, innermostCancelReason());
    }
  }

  private String innermostCancelReason() {
    for (Migration stay = migration; stay != null; stay = stay.outer) {
      if (stay.cancelReason() != null) {
        return "its call into "
            + stay.into.addressSpace()
            + " was cancelled: "
            + stay.cancelReason();
      }
    }
    return "its call into another address space was cancelled";
  }

  /**
   * On this thread, while it runs: enters the address space of {@code into}, a dispatcher on this
   * thread's processor, for a migrated call: until {@link #unmigrate} the thread runs as a thread
   * of {@code into} ({@link #dispatcher()}, the caller's address space and the scheduling class
   * while it blocks are {@code into}'s). No thread switch and no scheduler are involved. Stays nest
   * (a server calling a third space, or back into the first); each returns its frame, which the
   * caller passes to {@link #unmigrate}.
   *
   * @throws IllegalStateException when called for another thread than the running one
   * @throws IllegalArgumentException when {@code into} is on another processor
   */
  public Migration migrate(Dispatcher into) {
    VirtualProcessor processor = dispatcher.processor;
    if (processor.running != this || into.processor != processor) {
      throw cannotMigrate(into);
    }
    Migration outer = migration;
    Migration frame = outer == null ? outermost : outer.inner;
    if (frame == null) {
      frame = new Migration(this, outer);
      if (outer == null) {
        outermost = frame;
      } else {
        outer.inner = frame;
      }
    }
    frame.begin(dispatcher, into);
    dispatcher = into;
    migration = frame;
    return frame;
  }

  private RuntimeException cannotMigrate(Dispatcher into) {
    if (dispatcher.processor.running != this) {
      return new IllegalStateException(
          this + " is not running; only the running thread migrates, itself");
    }
    return new IllegalArgumentException(
        into + " is on another processor than " + this + "; a thread migrates on its own");
  }

  /**
   * On this thread: leaves the stay {@code frame}, the innermost one, and runs as the dispatcher it
   * migrated from again. A cancellation of the stay is forgotten (the caller reads it from the
   * frame first); one of an outer stay still holds.
   *
   * @throws IllegalStateException when {@code frame} is not this thread's innermost stay
   */
  public void unmigrate(Migration frame) {
    if (frame != migration || !frame.active) {
      throw notInnermost(frame);
    }
    frame.active = false;
    dispatcher = frame.from;
    migration = frame.outer;
    if (migrationCancelled) {
      boolean stillCancelled = false;
      for (Migration stay = migration; stay != null; stay = stay.outer) {
        stillCancelled |= stay.cancelReason() != null;
      }
      migrationCancelled = stillCancelled;
    }
  }

  private IllegalStateException notInnermost(Migration frame) {
    return new IllegalStateException(frame + " is not the innermost stay of " + this);
  }

  /** In context: cancels every active stay of this thread in {@code space}. */
  void cancelStaysIn(AddressSpace space, String reason) {
    for (Migration stay = migration; stay != null; stay = stay.outer) {
      if (stay.into.addressSpace() == space) {
        stay.cancel(reason, true);
      }
    }
  }

  /** In context: a blocked thread becomes ready, to take a cancellation at its kernel call. */
  void wakeToUnwind() {
    switch (state) {
      case PARKED, SLEEPING, FAULTED, BLOCKING -> dispatcher.makeReady(this);
      default -> {}
    }
  }

  /**
   * On this thread, while it runs: when its processor has events waiting (an unpark from another
   * processor, a message wake-up, an interrupt) or a timer due, yields so that the scheduler
   * delivers them, as K42 delivers pending soft interrupts when a thread enters the kernel;
   * otherwise returns at once. A thread that makes migrated calls in a loop calls no scheduler
   * otherwise, so it would keep its processor's events waiting.
   */
  public void deliverPendingEvents() {
    if (dispatcher.processor.eventsWaiting()) {
      yieldNow();
    }
  }

  /**
   * Whether the thread itself was cancelled (its address space exited, or the kernel shut down): a
   * cancellation no migrated call may turn into another failure.
   */
  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Makes this thread ready if it is parked, or lets its next {@link #park} return at once.
   * Callable from any thread; from another processor it is an event posted to this thread's
   * processor.
   */
  public void unpark() {
    VirtualProcessor processor = dispatcher.processor;
    if (processor.inContext()) {
      unparkHere();
    } else {
      processor.post(this::unparkHere);
    }
  }

  /** In the processor's context. */
  void unparkHere() {
    if (state == ThreadState.PARKED) {
      dispatcher.makeReady(this);
    } else if (state != ThreadState.DONE) {
      permit = true;
    }
  }

  /**
   * Waits until this thread has finished. From a user-level thread the caller is parked (its
   * dispatcher runs other threads); from a plain thread it blocks. Throws {@link
   * UThreadFailedException} when the thread ended by throwing.
   */
  public void join() throws InterruptedException {
    UThread self = currentOrNull();
    if (self == null) {
      if (Thread.currentThread() instanceof VpThread) {
        throw new NotOnUserThreadException("UThread.join() (upcalls must not block)");
      }
      try {
        done.get();
      } catch (ExecutionException e) {
        throw new AssertionError("done completes normally", e);
      }
    } else {
      if (self == this) {
        throw new IllegalStateException("thread " + name + " cannot join itself");
      }
      self.checkCancelled();
      if (!done.isDone()) {
        done.whenComplete((v, e) -> self.unpark());
        while (!done.isDone()) {
          park();
        }
      }
    }
    if (failure != null) {
      throw new UThreadFailedException(name, failure);
    }
  }

  /** In the processor's context: the backend could not run this thread; it ends failed. */
  void failedToRun(Throwable cause) {
    if (failure == null) {
      failure = cause;
    }
  }

  /** In the processor's context, after the body ended. */
  void finished() {
    state = ThreadState.DONE;
    done.complete(null);
  }

  /** Counted in the processor's context each time the thread is given the processor. */
  void ranOnce() {
    runs++;
  }

  /**
   * How many times the dispatcher gave this thread its processor; exact once the thread finished
   * (after {@link #join}), approximate while it runs.
   */
  public long runs() {
    return runs;
  }

  /** What the body threw, or null; read after {@link #join}. */
  public Throwable failure() {
    return failure;
  }

  /**
   * Runs {@code action} once this thread has finished, whether its body returned, threw or never
   * ran (the backend could not run it; {@link #failure} then says why). It runs in the processor's
   * context, so it must not block; at once on the caller when the thread has finished already.
   */
  public void whenDone(Runnable action) {
    Objects.requireNonNull(action, "action");
    done.thenRun(action);
  }

  /** True once the thread has finished. */
  public boolean isDone() {
    return done.isDone();
  }

  /** The thread's name within its dispatcher. */
  public String name() {
    return name;
  }

  /**
   * The dispatcher that schedules this thread: the one that spawned it, or, while it runs a
   * migrated call in another address space ({@link #migrate}), the server's dispatcher on its
   * processor.
   */
  public Dispatcher dispatcher() {
    return dispatcher;
  }

  /** The dispatcher that spawned this thread, whatever address space it is migrated into. */
  public Dispatcher homeDispatcher() {
    return home;
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
    return "UThread["
        + dispatcher.addressSpace().name()
        + "/"
        + name
        + " on vp"
        + dispatcher.processor.id
        + "]";
  }
}
