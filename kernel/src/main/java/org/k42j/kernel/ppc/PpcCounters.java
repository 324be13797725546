package org.k42j.kernel.ppc;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the PPC facility counts for its users: asynchronous calls that threw or were dropped, calls
 * that timed out and results that came too late.
 *
 * <p>Invariants: the counts only grow (adders, updated from any thread); {@code recentFailures}
 * holds at most {@value #RECENT_FAILURES} descriptions and is guarded by itself.
 */
final class PpcCounters {
  private static final int RECENT_FAILURES = 32;

  private final LongAdder asyncFailures = new LongAdder();
  private final LongAdder asyncDropped = new LongAdder();
  private final LongAdder timeouts = new LongAdder();
  private final LongAdder lateResults = new LongAdder();
  private final ArrayDeque<String> recentFailures = new ArrayDeque<>();

  long asyncFailures() {
    return asyncFailures.sum();
  }

  List<String> recentAsyncFailures() {
    synchronized (recentFailures) {
      return List.copyOf(recentFailures);
    }
  }

  long droppedAsyncCalls() {
    return asyncDropped.sum();
  }

  long timeouts() {
    return timeouts.sum();
  }

  long lateResults() {
    return lateResults.sum();
  }

  /** A call on a server thread or by message was released at its deadline. */
  void timedOutAtDeadline() {
    timeouts.increment();
  }

  void asyncFailed(PpcCall call, String failedClass, String failedMessage) {
    asyncFailures.increment();
    synchronized (recentFailures) {
      if (recentFailures.size() == RECENT_FAILURES) {
        recentFailures.pollFirst();
      }
      recentFailures.addLast(call + " threw " + failedClass + ": " + failedMessage);
    }
  }

  void asyncDropped() {
    asyncDropped.increment();
  }

  /** An asynchronous call sent by message could not be taken on its processor. */
  void asyncRefused(PpcCall call, PpcException why) {
    asyncFailed(call, why.getClass().getName(), why.getMessage());
  }

  /**
   * A call timed out; {@code late}: its server finished after the deadline, and that is dropped.
   */
  void timedOut(boolean late) {
    timeouts.increment();
    if (late) {
      lateResults.increment();
    }
  }

  /** A server thread finished {@code call} after someone else settled it. */
  void droppedLate(PpcCall call) {
    while (!call.settled()) {
      Thread.onSpinWait(); // the settler is between its claim and its publication: a few writes
    }
    if (call.timedOut) {
      lateResults.increment();
    }
  }
}
