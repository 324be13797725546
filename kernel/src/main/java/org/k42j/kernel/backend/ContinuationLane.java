package org.k42j.kernel.backend;

import java.util.ArrayList;
import java.util.List;
import org.k42j.kernel.vp.VpThread;

/**
 * A virtual processor's lane in the {@link ContinuationBackend}: one {@link VpThread} runs the
 * scheduler loop, and every user context is a continuation it runs.
 *
 * <p>Invariants: every context runs on the scheduler thread, inside {@link #run}, so exactly one
 * context or the scheduler runs at a time and they share one thread's memory order; a context's
 * continuation is created on its first run and mounted only by {@code run}; {@code running} is the
 * mounted context (null while the scheduler itself runs) and is touched only by that thread. A
 * direct switch ({@link #switchTo}) records its target in {@code switchTarget} and yields; {@link
 * #run} then mounts the target at once, without returning to the scheduler loop.
 */
final class ContinuationLane extends SchedulerThreadLane {
  private final Object scope;
  private ContinuationContext running;
  private ContinuationContext switchTarget;

  ContinuationLane(int processor, String name) {
    super(processor, name);
    try {
      this.scope = ContinuationBackend.NEW_SCOPE.invokeExact(name);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot create a continuation scope for " + name, e);
    }
  }

  @Override
  public void start(Runnable schedulerLoop) {
    newScheduler(schedulerLoop).start();
  }

  @Override
  public Context create(String contextName, Runnable body) {
    return new ContinuationContext(contextName, body);
  }

  @Override
  public void run(Context context) {
    ContinuationContext continuationContext = (ContinuationContext) context;
    if (Thread.currentThread() != scheduler || running != null) {
      throw new IllegalStateException("Lane.run is for the scheduler context of " + name);
    }
    if (continuationContext.discarded) {
      throw new IllegalStateException("context " + continuationContext.name + " was discarded");
    }
    try {
      if (continuationContext.continuation == null) {
        continuationContext.continuation =
            ContinuationBackend.NEW_CONTINUATION.invokeExact(
                scope, (Runnable) continuationContext.body);
      }
      for (ContinuationContext next = continuationContext; next != null; ) {
        running = next;
        try {
          ContinuationBackend.RUN.invokeExact(next.continuation);
        } finally {
          running = null;
        }
        next.finished = (boolean) ContinuationBackend.IS_DONE.invokeExact(next.continuation);
        next = switchTarget; // a direct switch: mount its target now
        switchTarget = null;
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("running " + continuationContext.name + " failed", e);
    }
  }

  @Override
  public void yieldToScheduler() {
    if (Thread.currentThread() != scheduler || running == null) {
      throw new IllegalStateException(
          "yieldToScheduler is for a running user context of "
              + name
              + ", not "
              + Thread.currentThread().getName());
    }
    try {
      boolean yielded = (boolean) ContinuationBackend.YIELD.invokeExact(scope);
      if (!yielded) {
        throw new IllegalStateException(
            "the context " + running + " of " + name + " could not be unmounted");
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("yield failed on " + name, e);
    }
  }

  @Override
  public boolean canSwitchTo(Context context) {
    return context instanceof ContinuationContext target
        && target.continuation != null
        && !target.finished
        && !target.discarded
        && target != running;
  }

  @Override
  public void switchTo(Context context) {
    if (!canSwitchTo(context)) {
      throw new IllegalStateException(
          "switchTo is for a running user context of "
              + name
              + " to a suspended one, not "
              + context);
    }
    switchTarget = (ContinuationContext) context;
    try {
      yieldToScheduler();
    } catch (RuntimeException | Error e) {
      switchTarget = null; // not unmounted: nothing switched
      throw e;
    }
  }

  @Override
  public void discard(Context context) {
    ((ContinuationContext) context).discarded = true;
  }

  @Override
  public List<String> join(long millis) throws InterruptedException {
    List<String> alive = new ArrayList<>();
    VpThread thread = scheduler;
    if (thread != null) {
      thread.join(Math.max(1, millis));
      if (thread.isAlive()) {
        alive.add(thread.getName());
      }
    }
    return alive;
  }

  @Override
  public String toString() {
    return "ContinuationLane[" + name + "]";
  }

  /** A user context: a continuation, made on its first run. */
  private static final class ContinuationContext implements Context {
    private final String name;
    private final Runnable body;
    private Object continuation;
    private volatile boolean finished;
    private volatile boolean discarded;

    ContinuationContext(String name, Runnable body) {
      this.name = name;
      this.body = body;
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
