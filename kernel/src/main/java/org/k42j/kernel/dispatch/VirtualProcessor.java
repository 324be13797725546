package org.k42j.kernel.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.k42j.kernel.backend.Lane;
import org.k42j.kernel.vp.VpThread;

/**
 * One virtual processor: its scheduler loop runs events posted to it (thread admissions, unparks,
 * soft interrupts, message wake-ups), fires its timers, and gives the processor to a user-level
 * thread: first a dispatcher (strict priority, then lottery by tickets), then that dispatcher's
 * choice of thread. It idles (parked) when nothing is ready.
 *
 * <p>Invariants: every field but {@code inbox} and {@code stopRequested} is read and written only
 * in this processor's context: by the scheduler loop, or by the one user-level thread it runs,
 * while that thread holds the processor (the {@link Lane} orders their accesses). Other threads
 * reach the processor only through {@link #post}, which queues an event and wakes the loop; the
 * loop checks the inbox before it idles, so no event waits for a later one. {@code ready} holds
 * exactly the dispatchers with ready threads; {@code threads} every admitted thread not finished.
 */
final class VirtualProcessor {
  final int id;
  final int node;
  final KernelScheduler scheduler;
  final Lane lane;
  private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
  private volatile boolean stopRequested;

  private final LotteryScheduler<Dispatcher> ready = new LotteryScheduler<>();
  private final SplittableRandom random;
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private final Set<UThread> threads = new LinkedHashSet<>();
  private long timerSequence;

  /** The thread holding the processor, or null while the scheduler (or an upcall) runs. */
  UThread running;

  /** The dispatcher whose upcall runs, or null. */
  Dispatcher upcalling;

  private long switches;
  private long handOffs;
  private long idles;

  VirtualProcessor(int id, int node, KernelScheduler scheduler, Lane lane, long seed) {
    this.id = id;
    this.node = node;
    this.scheduler = scheduler;
    this.lane = lane;
    this.random = new SplittableRandom(seed);
  }

  void start() {
    lane.start(this::loop);
  }

  /** Queues {@code event} to run in this processor's context; callable from any thread. */
  void post(Runnable event) {
    inbox.add(event);
    lane.wake();
  }

  /** True when the calling thread is in this processor's context. */
  boolean inContext() {
    Thread thread = Thread.currentThread();
    return thread instanceof VpThread
        && ((VpThread) thread).processor() == id
        && KernelScheduler.active == scheduler;
  }

  void requestStop() {
    stopRequested = true;
    lane.wake();
  }

  private void loop() {
    while (true) {
      runEvents();
      long now = System.nanoTime();
      fireTimers(now);
      if (ready.isEmpty()) {
        if (stopRequested && threads.isEmpty() && inbox.isEmpty()) {
          return;
        }
        if (inbox.isEmpty()) {
          Timer next = timers.peek();
          idles++;
          lane.idle(next == null ? 0 : Math.max(1, next.at - System.nanoTime()));
        }
        continue;
      }
      Dispatcher dispatcher = ready.pick(random);
      UThread thread = dispatcher.takeNext();
      if (!dispatcher.hasReady()) {
        ready.remove(dispatcher);
      }
      runThread(thread);
    }
  }

  private void runThread(UThread thread) {
    thread.state = ThreadState.RUNNING;
    thread.ranOnce();
    running = thread;
    switches++;
    try {
      lane.run(thread.context);
    } catch (RuntimeException | Error e) {
      // The backend could not run the thread: it fails (its joiners see why), and the processor
      // goes on with its other threads instead of its loop dying with every thread left waiting.
      running = null;
      scheduler.kernelFault(this + ": could not run " + thread + ": " + e);
      thread.failedToRun(e);
      finish(thread);
      return;
    }
    UThread last = running; // the thread given the processor last (direct hand-offs move it)
    running = null;
    switch (last.state) {
      case READY -> last.dispatcher().makeReady(last);
      case DONE -> finish(last);
      default -> {} // parked, sleeping, faulted or blocking: whoever wakes it makes it ready
    }
  }

  /**
   * In context, by the running thread {@code self}, which has just left the running state (it
   * parks): gives the processor straight to {@code next}, without running the scheduler (K42's PPC
   * hand-off), and returns true once {@code self} runs again. Refuses (false, nothing changed)
   * unless {@code next} is a ready thread of this processor that has run before, no dispatcher of a
   * higher priority class than {@code next}'s has a ready thread, and no event or timer is waiting
   * for the scheduler (so a chain of hand-offs never keeps the scheduler from its events).
   */
  boolean handOff(UThread self, UThread next) {
    Dispatcher dispatcher = next.dispatcher();
    if (dispatcher.processor != this
        || next.state != ThreadState.READY
        || running != self
        || !lane.canSwitchTo(next.context)
        || !inbox.isEmpty()
        || ready.maxPriority() > dispatcher.priority()) {
      return false;
    }
    Timer timer = timers.peek();
    if (timer != null && timer.at - System.nanoTime() <= 0) {
      return false;
    }
    dispatcher.takeReady(next);
    if (!dispatcher.hasReady()) {
      ready.remove(dispatcher);
    }
    next.ranOnce();
    switches++;
    handOffs++;
    next.state = ThreadState.RUNNING;
    running = next;
    try {
      lane.switchTo(next.context);
    } catch (RuntimeException | Error e) {
      // nothing switched (a continuation that cannot unmount): next stays ready, self runs on
      running = self;
      switches--;
      handOffs--;
      dispatcher.makeReady(next);
      throw e;
    }
    return true;
  }

  /** In context: whether an event or a due timer waits for the scheduler loop. */
  boolean eventsWaiting() {
    if (!inbox.isEmpty()) {
      return true;
    }
    Timer timer = timers.peek();
    return timer != null && timer.at - System.nanoTime() <= 0;
  }

  /** Direct hand-offs so far (approximate from other threads). */
  long handOffs() {
    return handOffs;
  }

  private void finish(UThread thread) {
    threads.remove(thread);
    thread.finished();
    scheduler.retired();
  }

  private void runEvents() {
    Runnable event;
    while ((event = inbox.poll()) != null) {
      try {
        event.run();
      } catch (RuntimeException | Error e) {
        scheduler.kernelFault(this + ": event " + event + " threw " + e);
      }
    }
  }

  private void fireTimers(long now) {
    Timer timer;
    while ((timer = timers.peek()) != null && timer.at - now <= 0) {
      timers.poll();
      try {
        timer.action.run();
      } catch (RuntimeException | Error e) {
        scheduler.kernelFault(this + ": timer threw " + e);
      }
    }
  }

  /** In context: a timer that runs {@code action} in context at {@code at} (nanoTime) or later. */
  void addTimer(long at, Runnable action) {
    timers.add(new Timer(at, timerSequence++, action));
  }

  /** In context: a new thread joins this processor, ready. */
  void admit(UThread thread) {
    threads.add(thread);
    thread.dispatcher().makeReady(thread);
  }

  /** In context: {@code dispatcher} has a ready thread. */
  void dispatcherHasWork(Dispatcher dispatcher) {
    if (!ready.contains(dispatcher)) {
      ready.add(dispatcher);
    }
  }

  /**
   * In context, called by the faulting thread before it gives up the processor: the fault's upcall
   * runs in the dispatcher's context once the thread is off the processor, and the fault resolves
   * at {@code resolvedAt}.
   */
  void faultRaised(UThread thread, long resolvedAt) {
    Dispatcher dispatcher = thread.dispatcher();
    long address = thread.faultAddress;
    post(() -> upcall(dispatcher, () -> dispatcher.upcalls().pageFault(thread, address)));
    addTimer(
        resolvedAt,
        () -> {
          if (thread.state == ThreadState.FAULTED) {
            upcall(dispatcher, () -> dispatcher.upcalls().pageFaultResolved(thread, address));
            dispatcher.makeReady(thread);
          }
        });
  }

  /** In context (the scheduler's): runs an upcall of {@code dispatcher}; records a failure. */
  void upcall(Dispatcher dispatcher, Runnable call) {
    Dispatcher outer = upcalling;
    upcalling = dispatcher;
    try {
      call.run();
    } catch (RuntimeException | Error e) {
      dispatcher.upcallFailures.add(dispatcher + ": " + e);
    } finally {
      upcalling = outer;
    }
  }

  /** In context: cancels every thread of this processor; blocked ones become ready to unwind. */
  void cancelAll() {
    for (UThread thread : threads) {
      thread.cancelled = true;
      thread.wakeToUnwind();
    }
  }

  /**
   * In context: cancels the threads of {@code space} on this processor (its exit); blocked ones
   * become ready to unwind. A thread of another space that is migrated into {@code space} (a
   * synchronous PPC running there) has that stay cancelled, not itself.
   */
  void cancelThreadsOf(AddressSpace space) {
    String reason = "its address space " + space + " exited";
    for (UThread thread : threads) {
      if (thread.homeDispatcher().addressSpace() != space) {
        thread.cancelStaysIn(space, reason);
      } else if (!thread.cancelled) {
        thread.cancelReason = reason;
        thread.cancelled = true;
        thread.wakeToUnwind();
      }
    }
  }

  /** In context: cancels every thread's stays in {@code space} with {@code reason}. */
  void cancelStaysIn(AddressSpace space, String reason) {
    for (UThread thread : threads) {
      thread.cancelStaysIn(space, reason);
    }
  }

  /** In context: the names of the threads not finished. */
  List<String> liveThreadNames() {
    List<String> names = new ArrayList<>();
    for (UThread thread : threads) {
      names.add(thread + " (" + thread.state.name().toLowerCase() + ")");
    }
    return names;
  }

  /** Thread switches so far (approximate from other threads). */
  long switches() {
    return switches;
  }

  long idles() {
    return idles;
  }

  @Override
  public String toString() {
    return "vp" + id;
  }

  /** A timer: ordered by time, then by creation so that equal times fire in order. */
  private record Timer(long at, long sequence, Runnable action) implements Comparable<Timer> {
    @Override
    public int compareTo(Timer other) {
      int byTime = Long.compare(at - other.at, 0);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }
}
