package org.k42j.examples.counter;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.ProcessorIdentity;
import org.k42j.runtime.spi.UniformTopology;

/**
 * Lincheck's model checker explores interleavings of {@code increment} and {@code value} on both
 * partitioned counters and checks every outcome against a sequential counter. Lincheck's threads
 * run on two processors, one rep each, so {@code value} gathers over two reps while increments land
 * on them; the initial and final parts run on Lincheck's main thread, which shares a rep with one
 * of them.
 *
 * <p>{@code reset} is not part of the linearizable set: it zeroes the reps one after another. The
 * last test shows that the checker does catch that: a {@code value} that runs in the middle of a
 * {@code reset} sees some reps reset and others not.
 *
 * <p>Iterations and invocations are bounded so that each check takes seconds.
 */
class PartitionedCounterLincheckTest {
  @Test
  void exclusiveRepCounterIsLinearizable() {
    onTwoSlots(() -> options().check(ExclusiveCounterOperations.class));
  }

  @Test
  void threadSafeRepCounterIsLinearizable() {
    onTwoSlots(() -> options().check(ThreadSafeCounterOperations.class));
  }

  /**
   * With {@code reset} among the operations the checker finds an outcome no sequential counter
   * gives: typically a {@code value} that reads one rep after the reset zeroed it and another
   * before, so it counts some increments that completed before the reset began and not others.
   */
  @Test
  void checkerCatchesTheNonAtomicResetOfThePartitionedCounter() {
    onTwoSlots(
        () -> {
          LincheckAssertionError failure =
              assertThrows(
                  LincheckAssertionError.class,
                  () ->
                      new ModelCheckingOptions()
                          .iterations(3)
                          .invocationsPerIteration(100)
                          .actorsPerThread(5)
                          .minimizeFailedScenario(false)
                          .check(ExclusiveCounterWithResetOperations.class));
          assertTrue(
              failure.getMessage().contains("Invalid execution results"), failure.getMessage());
          assertTrue(failure.getMessage().contains("reset()"), failure.getMessage());
        });
  }

  private static ModelCheckingOptions options() {
    return new ModelCheckingOptions()
        .iterations(5)
        .invocationsPerIteration(100)
        .threads(2)
        .actorsPerThread(3);
  }

  private static void onTwoSlots(Runnable check) {
    Processors.Installation previous =
        Processors.install(new LincheckThreadIdentity(), UniformTopology.single());
    try {
      check.run();
    } finally {
      previous.close();
    }
  }

  /**
   * Two processors, fixed per thread and never moved: Lincheck's parallel thread 0 (named {@code
   * Lincheck-...-0}) runs on processor 0, every other thread (thread 1, and the main thread that
   * runs the initial and final parts) on processor 1. The default identity moves a thread to
   * another slot when it meets contention, and Lincheck's model checker creates contention on
   * purpose: after a few invocations its threads would all share one rep, and the gather over
   * several reps would go unchecked. The mapping goes by name, not by the parity of the thread id:
   * the ids Lincheck's threads get depend on how many threads the JVM made before (other Lincheck
   * tests in the same run), and with thread 0 on the main thread's processor the scenarios that
   * catch the non-atomic reset are not found.
   */
  private static final class LincheckThreadIdentity implements ProcessorIdentity {
    @Override
    public int count() {
      return 2;
    }

    @Override
    public int current() {
      String name = Thread.currentThread().getName();
      return name.startsWith("Lincheck") && name.endsWith("-0") ? 0 : 1;
    }
  }

  /** The operations Lincheck runs on a fresh exclusive-rep counter per invocation. */
  public static class ExclusiveCounterOperations {
    private final PartitionedCounter counter = PartitionedCounter_Factory.create();

    @Operation
    public void increment() {
      counter.increment();
    }

    @Operation
    public long value() {
      return counter.value();
    }
  }

  /** The operations Lincheck runs on a fresh thread-safe-rep counter per invocation. */
  public static class ThreadSafeCounterOperations {
    private final ThreadSafePartitionedCounter counter =
        ThreadSafePartitionedCounter_Factory.create();

    @Operation
    public void increment() {
      counter.increment();
    }

    @Operation
    public long value() {
      return counter.value();
    }
  }

  /** The exclusive-rep counter with {@code reset} added: not linearizable, on purpose. */
  public static class ExclusiveCounterWithResetOperations {
    private final PartitionedCounter counter = PartitionedCounter_Factory.create();

    @Operation
    public void increment() {
      counter.increment();
    }

    @Operation
    public long value() {
      return counter.value();
    }

    @Operation
    public void reset() {
      counter.reset();
    }
  }
}
