package org.k42j.runtime.clustering;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A thread-safe counter rep (no guard in front of it) that every instance of registers, so a test
 * can read every rep's count after a swap or a destroy and see whether a call still ran on a rep
 * that had been replaced or cleaned up. Nothing but the lifecycle's waits keeps a late call off an
 * old rep: there is no guard to retire.
 */
public final class AtomicRegisteredCounter implements ParkingCounting {
  static final Queue<AtomicRegisteredCounter> ALL = new ConcurrentLinkedQueue<>();

  /** How long {@link #incrementAfterPark()} parks inside the rep; a test may lengthen it. */
  static volatile long parkInsideNanos = TimeUnit.MILLISECONDS.toNanos(20);

  /** Callers parked inside {@link #incrementAfterPark()} now. */
  static final AtomicInteger PARKED_INSIDE = new AtomicInteger();

  private final AtomicLong count = new AtomicLong();

  public AtomicRegisteredCounter() {
    ALL.add(this);
  }

  @Override
  public void increment() {
    count.incrementAndGet();
  }

  /**
   * Increments after parking inside the rep ({@link #parkInsideNanos}; a virtual thread unmounts
   * there): long enough that a destroy or swap that missed the thread is over before the increment
   * lands.
   */
  @Override
  public void incrementAfterPark() {
    PARKED_INSIDE.incrementAndGet();
    try {
      LockSupport.parkNanos(parkInsideNanos);
    } finally {
      PARKED_INSIDE.decrementAndGet();
    }
    count.incrementAndGet();
  }

  @Override
  public long count() {
    return count.get();
  }

  long exportCount() {
    return count.get();
  }

  void importCounts(List<Object> counts) {
    for (Object exported : counts) {
      count.addAndGet((Long) exported);
    }
  }

  static long sumOfAll() {
    long sum = 0;
    for (AtomicRegisteredCounter rep : ALL) {
      sum += rep.count.get();
    }
    return sum;
  }
}
