package org.k42j.examples.counter;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Rep;

/**
 * One processor's share of a {@link ThreadSafePartitionedCounter}, safe for concurrent callers.
 *
 * <p>Why atomics and not single-writer opaque stores: on plain JVM threads a processor slot is
 * shared by every thread that maps to it, so several threads may increment one rep at the same
 * time, and {@code setOpaque(getOpaque() + 1)} would lose updates. Each increment is therefore one
 * atomic add on the rep's own word; it is uncontended as long as threads keep to their own slots,
 * which the default identity arranges. Reads are volatile, so a gather sees every increment that
 * completed before it started.
 *
 * <p>Invariant: {@code count} is the number of increments made through this rep since it was
 * created or last reset; every access to it is atomic.
 */
@Rep(concurrency = Concurrency.THREAD_SAFE)
final class ThreadSafePartitionedCounterRep implements ThreadSafePartitionedCounter {
  private static final VarHandle COUNT;

  static {
    try {
      COUNT =
          MethodHandles.lookup()
              .findVarHandle(ThreadSafePartitionedCounterRep.class, "count", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private long count; // accessed only through COUNT, atomically

  @Override
  public void increment() {
    COUNT.getAndAdd(this, 1L);
  }

  @Override
  public long value() {
    return (long) COUNT.getVolatile(this);
  }

  @Override
  public void reset() {
    COUNT.setVolatile(this, 0L);
  }
}
