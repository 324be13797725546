package org.k42j.examples.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.k42j.examples.ParallelRun;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;

/** Every counter form counts exactly under real contention: 8 threads x 10^6 increments. */
class CounterContentionTest {
  private static final int THREADS = 8;
  private static final int INCREMENTS = 1_000_000;

  static Stream<Named<Supplier<Counter>>> counters() {
    return Stream.of(
        Named.of("shared AtomicLong", SharedCounter::new),
        Named.of("partitioned, exclusive rep", PartitionedCounter_Factory::create),
        Named.of("partitioned, thread-safe rep", ThreadSafePartitionedCounter_Factory::create));
  }

  static Stream<Named<Supplier<Counter>>> clusteredCounters() {
    return counters().skip(1);
  }

  @ParameterizedTest
  @MethodSource("counters")
  void eightThreadsOfAMillionIncrementsCountExactly(Supplier<Counter> create) throws Exception {
    Counter counter = create.get();

    ParallelRun.timed(THREADS, thread -> incrementTimes(counter, INCREMENTS));

    assertEquals((long) THREADS * INCREMENTS, counter.value());
  }

  @ParameterizedTest
  @MethodSource("clusteredCounters")
  void countsExactlyWithMoreProcessorSlotsThanThreads(Supplier<Counter> create) throws Exception {
    Processors.Installation previous =
        Processors.install(new ThreadSlotIdentity(2 * THREADS), UniformTopology.single());
    try {
      Counter counter = create.get();

      ParallelRun.timed(THREADS, thread -> incrementTimes(counter, INCREMENTS));

      assertEquals((long) THREADS * INCREMENTS, counter.value());
      int reps = ClusteredObjects.stats(counter).reps();
      assertTrue(reps >= 1 && reps <= 2 * THREADS, "reps: " + reps);
      ClusteredObjects.destroy(counter);
    } finally {
      previous.close();
    }
  }

  /**
   * A reader gathering while eight writers increment never sees fewer increments than had completed
   * before its read began, nor more than had been issued when it ended, and never sees the count go
   * down: what linearizability of {@code increment} and {@code value} implies.
   */
  @ParameterizedTest
  @MethodSource("counters")
  void valueReadDuringIncrementsStaysBetweenCompletedAndIssued(Supplier<Counter> create)
      throws Exception {
    Counter counter = create.get();
    int writers = THREADS;
    int perWriter = 200_000;
    AtomicLong issued = new AtomicLong();
    AtomicLong completed = new AtomicLong();
    AtomicInteger writing = new AtomicInteger(writers);
    AtomicLong reads = new AtomicLong();

    ParallelRun.timed(
        writers + 1,
        thread -> {
          if (thread < writers) {
            for (int i = 0; i < perWriter; i++) {
              issued.incrementAndGet();
              counter.increment();
              completed.incrementAndGet();
            }
            writing.decrementAndGet();
            return;
          }
          long last = 0;
          while (writing.get() > 0) {
            long floor = completed.get();
            long value = counter.value();
            long ceiling = issued.get();
            assertTrue(value >= floor, value + " < " + floor + " increments completed before");
            assertTrue(value <= ceiling, value + " > " + ceiling + " increments issued");
            assertTrue(value >= last, "value went down from " + last + " to " + value);
            last = value;
            reads.incrementAndGet();
          }
        });

    assertEquals((long) writers * perWriter, counter.value());
    assertTrue(reads.get() > 0, "the reader never read while writers ran");
  }

  private static void incrementTimes(Counter counter, int times) {
    for (int i = 0; i < times; i++) {
      counter.increment();
    }
  }
}
