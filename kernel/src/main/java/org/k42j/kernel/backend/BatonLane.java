package org.k42j.kernel.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.k42j.kernel.vp.VpThread;

/**
 * A virtual processor's lane in the {@link BatonBackend}.
 *
 * <p>Invariants: {@code holder} is the only thread of this lane that may run scheduler or user
 * code; it changes only by the holder writing the next holder ({@link #pass}), so exactly one
 * thread runs at a time. The volatile write of {@code holder} and its read by the next holder order
 * every write of the previous holder before every read of the next. A thread that is not the holder
 * waits parked in {@link #await}, re-checking {@code holder} after every wake-up (spurious unparks
 * are harmless). The scheduler thread is the holder whenever no user context runs. {@code current}
 * is the context that holds the baton (or held it last), written by the holder before it passes the
 * baton on, so the scheduler reads the one that gave it back.
 */
final class BatonLane extends SchedulerThreadLane {
  private volatile Thread holder;
  private BatonContext current; // written and read only by the holder
  // The threads started on this lane that may still be alive, for join(): the scheduler, every
  // context not finished, and finished contexts' threads until they are seen dead (a finished
  // context's thread exits right after handing the baton back). Pruned by the scheduler context,
  // so a lane that runs many short threads does not keep them all.
  private final Set<Thread> started = ConcurrentHashMap.newKeySet();
  private final Set<Thread> exiting = ConcurrentHashMap.newKeySet();

  BatonLane(int processor, String name) {
    super(processor, name);
  }

  @Override
  public void start(Runnable schedulerLoop) {
    VpThread thread = newScheduler(schedulerLoop);
    holder = thread;
    started.add(thread);
    thread.start();
  }

  @Override
  public Context create(String contextName, Runnable body) {
    return new BatonContext(contextName, body);
  }

  @Override
  public void run(Context context) {
    BatonContext batonContext = (BatonContext) context;
    Thread self = Thread.currentThread();
    if (self != scheduler) {
      throw new IllegalStateException("Lane.run is for the scheduler context of " + name);
    }
    current = batonContext;
    if (batonContext.thread == null) {
      if (batonContext.discarded) {
        throw new IllegalStateException("context " + batonContext.name + " was discarded");
      }
      VpThread thread = new VpThread(processor, batonContext.name, batonContext::runBody);
      batonContext.thread = thread;
      started.add(thread);
      holder = thread;
      try {
        thread.start(); // start() happens-before the thread's first action
      } catch (RuntimeException | Error e) { // e.g. the host cannot create another thread
        holder = self;
        started.remove(thread);
        batonContext.discarded = true;
        batonContext.thread = null;
        throw e;
      }
    } else {
      pass(batonContext.thread);
    }
    await(self);
    BatonContext last = current; // the context that gave the baton back (after direct switches)
    if (last.finished) {
      started.remove(last.thread);
      exiting.removeIf(thread -> !thread.isAlive());
      exiting.add(last.thread);
    }
  }

  @Override
  public boolean canSwitchTo(Context context) {
    return context instanceof BatonContext target
        && target.thread != null
        && !target.finished
        && !target.discarded;
  }

  @Override
  public void switchTo(Context context) {
    Thread self = Thread.currentThread();
    BatonContext target = (BatonContext) context;
    if (holder != self || self == scheduler || !canSwitchTo(target)) {
      throw new IllegalStateException(
          "switchTo is for a running user context of "
              + name
              + " to a suspended one, not "
              + self.getName()
              + " to "
              + target);
    }
    current = target;
    pass(target.thread);
    await(self);
  }

  @Override
  public void yieldToScheduler() {
    Thread self = Thread.currentThread();
    if (holder != self || self == scheduler) {
      throw new IllegalStateException(
          "yieldToScheduler is for a running user context of " + name + ", not " + self.getName());
    }
    pass(scheduler);
    await(self);
  }

  @Override
  public void discard(Context context) {
    ((BatonContext) context).discarded = true;
  }

  @Override
  public List<String> join(long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    List<String> alive = new ArrayList<>();
    List<Thread> threads = new ArrayList<>(started);
    threads.addAll(exiting);
    for (Thread thread : threads) {
      long left = deadline - System.nanoTime();
      if (left > 0) {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
      if (thread.isAlive()) {
        alive.add(thread.getName());
      }
    }
    return alive;
  }

  /** The holder gives the baton to {@code next}. */
  private void pass(Thread next) {
    holder = next;
    LockSupport.unpark(next);
  }

  /** Waits until the baton is {@code self}'s. */
  private void await(Thread self) {
    while (holder != self) {
      LockSupport.park(this);
    }
  }

  @Override
  public String toString() {
    return "BatonLane[" + name + "]";
  }

  /** A user context: its own platform thread, started when the scheduler first runs it. */
  private final class BatonContext implements Context {
    private final String name;
    private final Runnable body;
    private volatile VpThread thread; // written by the scheduler context only
    private volatile boolean finished;
    private volatile boolean discarded;

    BatonContext(String name, Runnable body) {
      this.name = name;
      this.body = body;
    }

    /** The context's thread: runs the body while holding the baton, then hands it back. */
    void runBody() {
      await(Thread.currentThread()); // already the holder when started; re-check for clarity
      try {
        body.run();
      } finally {
        finished = true;
        pass(scheduler);
      }
    }

    @Override
    public boolean finished() {
      return finished;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
