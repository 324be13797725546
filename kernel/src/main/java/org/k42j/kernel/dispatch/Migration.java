package org.k42j.kernel.dispatch;

/**
 * A user-level thread's stay in another address space: K42's and LRPC's migrating thread, which a
 * synchronous protected procedure call uses to run the server's code on the caller's own thread.
 * Between {@link UThread#migrate} and {@link UThread#unmigrate} the thread belongs to the server's
 * dispatcher on its processor ({@link UThread#dispatcher()} and the caller's address space are the
 * server's, it is scheduled in the server dispatcher's class while it blocks), with no thread
 * switch and no scheduler on the way in or out.
 *
 * <p>A stay can be cancelled without cancelling the thread: when the server's address space exits
 * (or stops serving) and when a deadline set with {@link #cancelAt} passes. The thread then gets
 * {@link ThreadCancelledException} at its next kernel call inside the stay (a blocked thread is
 * woken for it), which unwinds the server's code up to the call that migrated; {@link
 * #cancelReason} says why, {@link #serverExited} whether it was the server's exit.
 *
 * <p>Invariants: confined to the thread's processor's context (the thread while it runs, the
 * processor's events and timers while it does not), so no field needs a lock. A thread keeps one
 * frame per nesting depth and reuses it for every later stay at that depth ({@code uses} counts
 * them, so a deadline armed for one stay never cancels a later one); a frame is {@code active}
 * exactly while it is on its thread's stack of stays. {@code cancelReason} moves from null to a
 * reason at most once per use.
 */
public final class Migration {
  final UThread thread;
  final Migration outer;
  Migration inner;
  Dispatcher from;
  Dispatcher into;
  boolean active;
  long uses;
  private String cancelReason;
  private boolean serverExited;
  private Object attachment;

  Migration(UThread thread, Migration outer) {
    this.thread = thread;
    this.outer = outer;
  }

  void begin(Dispatcher from, Dispatcher into) {
    this.from = from;
    this.into = into;
    this.active = true;
    this.uses++;
    this.cancelReason = null;
    this.serverExited = false;
  }

  /**
   * The dispatcher the thread runs as during this stay: the server's, on the thread's processor.
   */
  public Dispatcher dispatcher() {
    return into;
  }

  /** Why this stay was cancelled, or null while it was not. */
  public String cancelReason() {
    return cancelReason;
  }

  /** Whether this stay was cancelled because the address space it entered exited or stopped. */
  public boolean serverExited() {
    return serverExited;
  }

  /**
   * What the layer that migrated the thread keeps with this frame (the PPC facility: its call
   * record, reused with the frame); null until it attaches something.
   */
  public Object attachment() {
    return attachment;
  }

  /** Keeps {@code value} with this frame for its later uses. */
  public void attach(Object value) {
    this.attachment = value;
  }

  /**
   * In the thread's processor's context, while the stay is active: cancels it once {@code
   * deadlineNanos} ({@code System.nanoTime()}) has passed, with {@code reason}, unless it has ended
   * by then. The deadline is a timer of the processor, so it is honoured at the thread's next
   * kernel call after it (at once when the thread is blocked).
   */
  public void cancelAt(long deadlineNanos, String reason) {
    long use = uses;
    thread
        .dispatcher()
        .processor
        .addTimer(
            deadlineNanos,
            () -> {
              if (active && uses == use) {
                cancel(reason, false);
              }
            });
  }

  /**
   * In context: cancels this stay (the first reason wins); the thread takes it at its next kernel
   * call, woken now if it is blocked.
   */
  void cancel(String reason, boolean exited) {
    if (!active || cancelReason != null) {
      return;
    }
    cancelReason = reason;
    serverExited = exited;
    thread.migrationCancelled = true;
    thread.wakeToUnwind();
  }

  @Override
  public String toString() {
    return "Migration[" + thread.name() + " into " + into + "]";
  }
}
