package org.k42j.examples.counter;

import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Rep;

/**
 * One processor's share of a {@link PartitionedCounter}: plain sequential code. The rep is
 * exclusive, so the runtime lets one thread at a time into it (a guard on plain JVM threads,
 * nothing at all on the kernel's virtual processors), and gathers and broadcasts visit it under the
 * same guard, so {@code value()} always reads the latest count.
 *
 * <p>Invariant: {@code count} is the number of increments made through this rep since it was
 * created or last reset.
 */
@Rep(concurrency = Concurrency.EXCLUSIVE)
final class PartitionedCounterRep implements PartitionedCounter {
  private long count;

  @Override
  public void increment() {
    count++;
  }

  @Override
  public long value() {
    return count;
  }

  @Override
  public void reset() {
    count = 0;
  }
}
