package org.k42j.kernel.backend;

/**
 * One virtual processor's execution: a scheduler context and any number of user contexts, of which
 * exactly one runs at a time. The scheduler hands the processor to a context with {@link #run}; the
 * context gives it back with {@link #yieldToScheduler} (to be resumed by a later {@code run}) or by
 * returning from its body (it is then finished).
 *
 * <p>Every thread that runs on the lane is a {@link org.k42j.kernel.vp.VpThread} of the lane's
 * processor, so the kernel's identity sees the processor's id in the scheduler and in every
 * context. Hand-offs order memory: whatever one context wrote before giving the processor away is
 * visible to the next one that runs.
 */
public interface Lane {
  /** Starts the scheduler context running {@code schedulerLoop}; call once. */
  void start(Runnable schedulerLoop);

  /** A new user context that will run {@code body} when first {@link #run}; starts nothing yet. */
  Context create(String name, Runnable body);

  /**
   * From the scheduler context: runs {@code context} until it yields or finishes, then returns.
   * Throws when the context cannot be run (for example, its platform thread cannot be started); the
   * scheduler then holds the processor again and the context never runs.
   */
  void run(Context context);

  /**
   * From a user context of this lane: gives the processor back to the scheduler and returns when
   * the scheduler runs this context again.
   */
  void yieldToScheduler();

  /**
   * True when a running context may hand the processor straight to {@code context} with {@link
   * #switchTo}: it has run before (it is suspended in a yield or a switch) and has not finished. A
   * lane that cannot switch directly answers false, and the kernel goes through the scheduler.
   */
  default boolean canSwitchTo(Context context) {
    return false;
  }

  /**
   * From a running user context of this lane: gives the processor straight to {@code context} (one
   * {@link #canSwitchTo} accepts), without running the scheduler, and returns when this context
   * runs again (given the processor by the scheduler or by another switch). When the context that
   * runs then yields or finishes, the scheduler's {@link #run} returns, whichever context it
   * started with.
   */
  default void switchTo(Context context) {
    throw new UnsupportedOperationException(this + " cannot switch between contexts directly");
  }

  /**
   * Disposes of a context that was created but will never run (its thread is never started).
   * Calling {@link #run} on it afterwards is an error.
   */
  void discard(Context context);

  /** Wakes the scheduler context if it is idle ({@link #idle}); callable from any thread. */
  void wake();

  /**
   * From the scheduler context: waits until {@link #wake} is called or {@code nanos} pass ({@code
   * 0}: no time limit). May return early; the scheduler re-checks its work.
   */
  void idle(long nanos);

  /**
   * Waits up to {@code millis} for the scheduler context and every context that ran to end; returns
   * the names of the threads still alive after that (empty when all ended).
   */
  java.util.List<String> join(long millis) throws InterruptedException;

  /** A user context: a user-level thread's execution on its lane. */
  interface Context {
    /** True once the context's body has returned or thrown. */
    boolean finished();
  }
}
