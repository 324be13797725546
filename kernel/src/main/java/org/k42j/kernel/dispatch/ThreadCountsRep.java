package org.k42j.kernel.dispatch;

import org.k42j.annotations.Rep;

/**
 * One virtual processor's spawn and end counts.
 *
 * <p>Invariants: only the processor's own context writes the counts (an exclusive rep: the kernel
 * runs one thread per virtual processor at a time, and its hand-offs order one thread's writes
 * before the next thread's; under another identity the runtime guards the rep), so each increment
 * is a plain read and a volatile write, never lost. The counts only grow. They are volatile so that
 * a gather from any thread reads each one's latest value, and so that {@link LiveThreads}'s
 * shutdown wait and an end that reads {@code closing} after its write see each other (both are
 * volatile accesses, in one total order).
 */
@Rep(root = ThreadCountsRoot.class)
final class ThreadCountsRep extends ThreadCounts_RepBase implements ThreadCounts {
  private volatile long spawns;
  private volatile long ends;

  ThreadCountsRep() {}

  @Override
  public void spawned() {
    spawns++;
  }

  @Override
  public void ended() {
    ends++;
    root().ended();
  }

  @Override
  public long spawns() {
    return spawns;
  }

  @Override
  public long ends() {
    return ends;
  }
}
