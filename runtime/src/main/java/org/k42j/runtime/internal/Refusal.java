package org.k42j.runtime.internal;

import org.k42j.runtime.ClusteredObjectDestroyedException;

/**
 * The refusal of a call that reached a destroyed object (on its miss path, or at the start of a
 * gather or broadcast): the exception the call fails with, made after a pause while the destroy's
 * caller scan runs.
 *
 * <p>A thread with a frame of this class in a call is leaving the object without having touched a
 * rep, and every call it starts afterwards reads the emptied row, so a destroy's {@link CallerScan}
 * does not wait for it ({@link CallerScan#skippingRefusedCalls}): callers that keep calling a
 * destroyed object are seen in one sample rather than only in the moments between their calls. The
 * pause does for a destroy what a swap's pacing {@link Mediator} does: on a host with more runnable
 * threads than cores, the calls the scan waits for are on threads that were preempted, and callers
 * being refused without pause would keep them off the cores for time slices. Only a thread that
 * calls again after a refusal pauses: its first refusal is immediate.
 *
 * <p>Invariants: a refused call reads no row entry, rep or guard; a waiter's first refusal while
 * the destruction's scan runs comes at once (a call on a destroyed object fails at once), each
 * later one pauses at most {@link Mediator#PACE_NANOS}; it then fails as it would have at once,
 * with {@link ClusteredObjectDestroyedException}.
 */
final class Refusal {
  private Refusal() {}

  /** The refusal of a call on {@code core}, destroyed by {@code destruction}, after its pause. */
  static ClusteredObjectDestroyedException of(RootCore<?> core, Destruction destruction) {
    if (destruction != null) {
      destruction.paceRefusal();
    }
    return core.destroyed();
  }
}
