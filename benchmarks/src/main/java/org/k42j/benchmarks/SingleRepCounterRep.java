package org.k42j.benchmarks;

import java.util.concurrent.atomic.AtomicLong;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Rep;

/**
 * The one rep of a {@link SingleRepCounter}, shared by every processor. Invariant: {@code count} is
 * the number of increments since creation or the last reset; each access is one atomic operation.
 */
@Rep(policy = Policy.SINGLE, concurrency = Concurrency.THREAD_SAFE)
final class SingleRepCounterRep implements SingleRepCounter {
  private final AtomicLong count = new AtomicLong();

  @Override
  public void increment() {
    count.incrementAndGet();
  }

  @Override
  public long value() {
    return count.get();
  }

  @Override
  public void reset() {
    count.set(0);
  }
}
