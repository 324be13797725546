package org.k42j.examples.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.k42j.examples.OnProcessor;
import org.k42j.examples.PinnedIdentity;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.UniformTopology;

/** What the partitioned counters do, rep by rep, with threads pinned to chosen processors. */
class PartitionedCounterBehaviourTest {
  private static final int PROCESSORS = 4;

  private final PinnedIdentity identity = new PinnedIdentity(PROCESSORS);
  private Processors.Installation previous;

  static Stream<Named<Supplier<Counter>>> partitionedCounters() {
    return Stream.of(
        Named.of("exclusive rep", PartitionedCounter_Factory::create),
        Named.of("thread-safe rep", ThreadSafePartitionedCounter_Factory::create));
  }

  @BeforeEach
  void installPinnedProcessors() {
    previous = Processors.install(identity, UniformTopology.single());
  }

  @AfterEach
  void restoreProcessors() {
    previous.close();
  }

  @ParameterizedTest
  @MethodSource("partitionedCounters")
  void newCounterIsZeroAndHasNoRep(Supplier<Counter> create) {
    Counter counter = create.get();

    assertEquals(0, counter.value());
    assertEquals(0, ClusteredObjects.stats(counter).reps());
  }

  @ParameterizedTest
  @MethodSource("partitionedCounters")
  void valueSumsTheShareOfEveryProcessorsRep(Supplier<Counter> create) throws Exception {
    Counter counter = create.get();

    for (int p = 0; p < PROCESSORS; p++) {
      int times = p + 1;
      OnProcessor.run(identity, p, () -> incrementTimes(counter, times));
    }

    assertEquals(1 + 2 + 3 + 4, counter.value());
    assertEquals(PROCESSORS, ClusteredObjects.stats(counter).reps());
  }

  @ParameterizedTest
  @MethodSource("partitionedCounters")
  void threadsOnOneProcessorShareOneRep(Supplier<Counter> create) throws Exception {
    Counter counter = create.get();

    for (int thread = 0; thread < 3; thread++) {
      OnProcessor.run(identity, 2, () -> incrementTimes(counter, 5));
    }

    assertEquals(15, counter.value());
    assertEquals(1, ClusteredObjects.stats(counter).reps());
  }

  @ParameterizedTest
  @MethodSource("partitionedCounters")
  void resetZeroesEveryRepAndCountingResumesFromZero(Supplier<Counter> create) throws Exception {
    Counter counter = create.get();
    for (int p = 0; p < PROCESSORS; p++) {
      OnProcessor.run(identity, p, () -> incrementTimes(counter, 100));
    }

    OnProcessor.run(identity, 1, counter::reset);

    assertEquals(0, counter.value());
    OnProcessor.run(identity, 3, () -> incrementTimes(counter, 7));
    OnProcessor.run(identity, 0, () -> incrementTimes(counter, 2));
    assertEquals(9, counter.value());
    assertEquals(PROCESSORS, ClusteredObjects.stats(counter).reps());
  }

  @ParameterizedTest
  @MethodSource("partitionedCounters")
  void destroyedCounterRejectsEveryCall(Supplier<Counter> create) throws Exception {
    Counter counter = create.get();
    OnProcessor.run(identity, 0, counter::increment);

    ClusteredObjects.destroy(counter);

    assertThrows(ClusteredObjectDestroyedException.class, counter::increment);
    assertThrows(ClusteredObjectDestroyedException.class, counter::value);
    assertThrows(ClusteredObjectDestroyedException.class, counter::reset);
  }

  @Test
  void serviceLoaderCreatesIndependentCountersOfEitherVariant() {
    PartitionedCounter a = ClusteredObjects.create(PartitionedCounter.class);
    PartitionedCounter b = ClusteredObjects.create(PartitionedCounter.class);
    ThreadSafePartitionedCounter c = ClusteredObjects.create(ThreadSafePartitionedCounter.class);

    incrementTimes(a, 3);
    incrementTimes(b, 4);
    incrementTimes(c, 5);

    assertEquals(3, a.value());
    assertEquals(4, b.value());
    assertEquals(5, c.value());
    assertNotEquals(ClusteredObjects.coid(a), ClusteredObjects.coid(b));
    assertTrue(a instanceof PartitionedCounter_Dispatcher);
  }

  private static void incrementTimes(Counter counter, int times) {
    for (int i = 0; i < times; i++) {
      counter.increment();
    }
  }
}
