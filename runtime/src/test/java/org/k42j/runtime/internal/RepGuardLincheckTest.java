package org.k42j.runtime.internal;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.internal.RepGuardContentionTest.CountingGuard;

/**
 * Lincheck checks a counter behind the guard (plain increments inside, reentrant entries, reads
 * under the guard) against a sequential counter: mutual exclusion and the hand-over's publication
 * of the owner's writes, in every interleaving the model checker explores, with three threads so
 * that a waiter can be woken while another barges in. Iterations are bounded so a check takes
 * seconds. The model checker lets a spinning thread's owner run, so its interleavings mostly take
 * the guard within the spin; the queue, the parking and the hand-over are exercised under real
 * contention in {@link RepGuardContentionTest} (a run without the spin did not finish within
 * minutes).
 */
public class RepGuardLincheckTest {
  private final CountingGuard guard = new CountingGuard();

  @Operation
  public void increment() {
    guard.increment();
  }

  @Operation
  public void incrementReentrantly() {
    guard.incrementReentrantly();
  }

  @Operation
  public long get() {
    guard.lock();
    try {
      return guard.count;
    } finally {
      guard.unlock();
    }
  }

  @Test
  void theGuardedCounterIsLinearizableUnderModelChecking() {
    new ModelCheckingOptions()
        .threads(3)
        .actorsPerThread(2)
        .iterations(30)
        .invocationsPerIteration(300)
        .sequentialSpecification(SequentialCounter.class)
        .check(RepGuardLincheckTest.class);
  }

  @Test
  void theGuardedCounterIsLinearizableUnderStress() {
    new StressOptions()
        .threads(3)
        .actorsPerThread(3)
        .iterations(20)
        .invocationsPerIteration(500)
        .sequentialSpecification(SequentialCounter.class)
        .check(RepGuardLincheckTest.class);
  }

  /** The specification: a plain counter. */
  public static final class SequentialCounter {
    private long count;

    public void increment() {
      count++;
    }

    public void incrementReentrantly() {
      count++;
    }

    public long get() {
      return count;
    }
  }
}
