package org.k42j.examples.ids;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import org.k42j.simmarks.ModeledLine;

/**
 * What every processor's free list shares: fresh ids, minted a block at a time, and batches of
 * released ids that a processor with too many gave back. Thread-safe; touched only when a free list
 * runs empty or overflows, once per {@value #BATCH} operations at most.
 *
 * <p>Invariants: every id below {@code minted} is allocated, on one processor's free list, or in
 * one batch of {@code spilled}, exactly once; batches hold {@value #BATCH} distinct ids.
 *
 * <p>The counter's and the deque head's lines are marked for the NUMA simulation ({@link
 * ModeledLine}); outside a simulation the marks compile to nothing.
 */
public final class IdPool {
  /** Ids moved between a processor's free list and the pool at once. */
  static final int BATCH = 64;

  private final AtomicLong minted = new AtomicLong();
  private final ConcurrentLinkedDeque<long[]> spilled = new ConcurrentLinkedDeque<>();
  private final ModeledLine mintedLine = new ModeledLine();
  private final ModeledLine spilledHead = new ModeledLine();

  /** A batch of free ids: one given back by a processor, else a block of fresh ones. */
  long[] take() {
    spilledHead.atomic();
    long[] batch = spilled.pollFirst();
    if (batch != null) {
      return batch;
    }
    mintedLine.atomic();
    long first = minted.getAndAdd(BATCH);
    long[] fresh = new long[BATCH];
    for (int i = 0; i < BATCH; i++) {
      fresh[i] = first + BATCH - 1 - i; // handed out from the end: lowest id first
    }
    return fresh;
  }

  /** Takes back a batch of free ids from a processor with too many. */
  void give(long[] batch) {
    spilledHead.atomic();
    spilled.addFirst(batch);
  }

  /** How many ids were ever minted (allocated, or free on some list). */
  public long minted() {
    return minted.get();
  }
}
