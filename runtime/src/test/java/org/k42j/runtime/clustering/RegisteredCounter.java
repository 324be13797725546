package org.k42j.runtime.clustering;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.k42j.runtime.Processors;

/**
 * A counter rep that every instance of registers, so a test can read the reps' counts after the
 * object is destroyed (and see whether any call still ran on one), and that checks that its thread
 * keeps its processor while inside, across a park (a virtual thread unmounts and may come back on
 * another carrier).
 */
public final class RegisteredCounter implements ParkingCounting {
  static final Queue<RegisteredCounter> ALL = new ConcurrentLinkedQueue<>();
  static final AtomicLong PROCESSOR_CHANGES_INSIDE = new AtomicLong();

  private volatile long count;

  public RegisteredCounter() {
    ALL.add(this);
  }

  @Override
  public void increment() {
    count++; // exclusive rep: behind its guard
  }

  @Override
  /** Increments after parking inside the rep, checking the processor stays the same. */
  public void incrementAfterPark() {
    int before = Processors.current();
    LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(50));
    if (Processors.current() != before) {
      PROCESSOR_CHANGES_INSIDE.incrementAndGet();
    }
    count++;
  }

  @Override
  public long count() {
    return count;
  }

  long exportCount() {
    return count;
  }

  void importCounts(List<Object> counts) {
    for (Object exported : counts) {
      count += (Long) exported;
    }
  }

  static long sumOfAll() {
    long sum = 0;
    for (RegisteredCounter rep : ALL) {
      sum += rep.count;
    }
    return sum;
  }
}
