package org.k42j.runtime.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.RootStats;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.CounterRep;
import org.k42j.runtime.fixture.CounterRepV2;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.fixture.exclusive.SingleTally;
import org.k42j.runtime.fixture.exclusive.SingleTally_Factory;
import org.k42j.runtime.fixture.reentrant.Relay;
import org.k42j.runtime.fixture.reentrant.Relay_Factory;
import org.k42j.runtime.fixture.threadsafe.ProcessorTally;
import org.k42j.runtime.fixture.threadsafe.ProcessorTallyRep;
import org.k42j.runtime.fixture.threadsafe.ProcessorTally_Factory;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Workers;

/**
 * Hot swapping: the state moves through the rep's export/import contract, calls in flight finish on
 * the old reps, held calls run on the new ones, and nothing is lost or counted twice under
 * contention, re-entrant calls included.
 */
class HotSwapTest {
  private static final int THREADS = 8;
  private static final int SWAPS = 1_000;
  private static final int CALLS_PER_THREAD = 1_000_000;
  private static final int CALLS_PER_REQUEST = 100;
  private static final Policy[] CYCLE = {Policy.SINGLE, Policy.PER_PROCESSOR, Policy.PER_CLUSTER};

  /** Two processors per rep under PER_CLUSTER; no size (0) under the policies without clusters. */
  private static int clusterSize(Policy policy) {
    return policy == Policy.PER_CLUSTER ? 2 : 0;
  }

  /** Adds {@code p + 1} from each processor {@code p}: 36 in all, over eight reps. */
  private static void addOnEveryProcessor(LongConsumer add) {
    for (int p = 0; p < THREADS; p++) {
      DeclaredIdentity.declare(p);
      add.accept(p + 1);
    }
  }

  @Test
  void aSwapMovesTheStateOfEveryRepIntoTheNewRepSet() {
    try (var machine =
        Processors.install(new DeclaredIdentity(THREADS), UniformTopology.single())) {
      Counter counter = Counter_Factory.create();
      addOnEveryProcessor(counter::add);
      DeclaredIdentity.declare(3);
      assertEquals(THREADS, ClusteredObjects.stats(counter).reps());

      ClusteredObjects.hotSwap(counter, Policy.SINGLE);

      RootStats stats = ClusteredObjects.stats(counter);
      assertEquals(Policy.SINGLE, stats.policy());
      assertEquals(1, stats.reps(), "the swapping processor's new rep took every old rep's state");
      assertEquals(1, stats.swaps());
      assertEquals(36, counter.value());
      for (int p = 0; p < THREADS; p++) {
        DeclaredIdentity.declare(p);
        counter.increment();
      }
      assertEquals(1, ClusteredObjects.stats(counter).reps(), "one rep serves every processor");
      assertEquals(44, counter.value());

      ClusteredObjects.hotSwap(counter, Policy.PER_PROCESSOR);
      for (int p = 0; p < THREADS; p++) {
        DeclaredIdentity.declare(p);
        counter.increment();
      }
      assertEquals(THREADS, ClusteredObjects.stats(counter).reps());
      assertEquals(52, counter.value());
    }
  }

  @Test
  void aSwapCleansUpEveryReplacedRepOnceAfterMovingItsState() {
    try (var machine =
        Processors.install(new DeclaredIdentity(THREADS), UniformTopology.single())) {
      ProcessorTally tally = ProcessorTally_Factory.create();
      addOnEveryProcessor(tally::add);
      int cleanedBefore = ProcessorTallyRep.CLEANED.get();
      long totalBefore = ProcessorTallyRep.TOTAL_AT_CLEANUP.get();

      ClusteredObjects.hotSwap(tally, Policy.SINGLE);

      assertEquals(THREADS, ProcessorTallyRep.CLEANED.get() - cleanedBefore, "each old rep once");
      assertEquals(36, ProcessorTallyRep.TOTAL_AT_CLEANUP.get() - totalBefore);
      assertEquals(36, tally.total(), "the state lives on in the new rep");

      ClusteredObjects.hotSwap(tally, Policy.PER_PROCESSOR);
      assertEquals(THREADS + 1, ProcessorTallyRep.CLEANED.get() - cleanedBefore);
      ClusteredObjects.destroy(tally);
      assertEquals(THREADS + 2, ProcessorTallyRep.CLEANED.get() - cleanedBefore, "and the last");
    }
  }

  @Test
  void aSwapToAnotherRepClassMovesTheStateIntoItsRepsAndBack() {
    try (var machine =
        Processors.install(new DeclaredIdentity(THREADS), UniformTopology.single())) {
      Counter counter = Counter_Factory.create();
      addOnEveryProcessor(counter::add);
      int createdBefore = CounterRepV2.CREATED.get();
      int cleanedBefore = CounterRep.CLEANED.get();

      ClusteredObjects.hotSwap(counter, CounterRepV2.class, Policy.PER_PROCESSOR);

      assertEquals(1, CounterRepV2.CREATED.get() - createdBefore, "the swapping processor's rep");
      assertEquals(THREADS, CounterRep.CLEANED.get() - cleanedBefore, "the old class's reps");
      assertEquals(36, counter.value());
      for (int p = 0; p < THREADS; p++) {
        DeclaredIdentity.declare(p);
        counter.increment();
      }
      assertEquals(THREADS, CounterRepV2.CREATED.get() - createdBefore, "new misses make V2 reps");
      assertEquals(44, counter.value());

      int v2CleanedBefore = CounterRepV2.CLEANED.get();
      ClusteredObjects.hotSwap(counter, CounterRep.class, Policy.SINGLE);
      assertEquals(THREADS, CounterRepV2.CLEANED.get() - v2CleanedBefore);
      assertEquals(44, counter.value(), "and back to the @Rep class");
      assertEquals(2, ClusteredObjects.stats(counter).swaps());
    }
  }

  @Test
  void aSwapToAClassThatIsNoVersionOfTheContractIsRefusedAndSaysWhatToAnnotate() {
    Counter counter = Counter_Factory.create();
    counter.add(5);
    ClusteredObjectException e =
        assertThrows(
            ClusteredObjectException.class,
            () -> ClusteredObjects.hotSwap(counter, ProcessorTallyRep.class, Policy.SINGLE));
    assertTrue(e.getMessage().contains("@RepVersion(of ="), e.getMessage());
    assertEquals(5, counter.value(), "the object keeps its reps");
    assertEquals(0, ClusteredObjects.stats(counter).swaps());
  }

  /**
   * A counter swapped five hundred times between its {@code @Rep} class and a {@code @RepVersion}
   * (and between policies) while eight plain threads increment it a million times each, outside any
   * request: the state moves between the classes in both directions and the total is exact.
   */
  @Test
  void aCounterSwappedBetweenRepClassesUnderEightThreadsKeepsTheExactTotal() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(THREADS), UniformTopology.single())) {
      Counter counter = Counter_Factory.create();
      Class<?>[] classes = {CounterRepV2.class, CounterRep.class};
      AtomicLong incremented = new AtomicLong();
      AtomicBoolean swapsDone = new AtomicBoolean();
      int createdBefore = CounterRepV2.CREATED.get();
      Workers.run(
          THREADS + 1,
          t -> {
            if (t == THREADS) {
              for (int i = 0; i < SWAPS / 2; i++) {
                Policy policy = CYCLE[i % CYCLE.length];
                ClusteredObjects.hotSwap(counter, classes[i % 2], policy, clusterSize(policy));
              }
              swapsDone.set(true);
              return;
            }
            DeclaredIdentity.declare(t);
            long mine = 0;
            while (mine < CALLS_PER_THREAD || !swapsDone.get()) {
              for (int i = 0; i < CALLS_PER_REQUEST; i++) {
                counter.increment();
              }
              mine += CALLS_PER_REQUEST;
              Thread.yield(); // as above: let the swapping thread run
            }
            incremented.addAndGet(mine);
          });
      assertEquals(SWAPS / 2, ClusteredObjects.stats(counter).swaps());
      assertTrue(CounterRepV2.CREATED.get() - createdBefore >= SWAPS / 4, "V2 reps served");
      assertEquals(incremented.get(), counter.value(), "increments lost across rep classes");
    }
  }

  @Test
  void aRepWithoutAStateTransferCannotBeSwappedAndSaysWhatToAdd() {
    SingleTally tally = SingleTally_Factory.create();
    tally.increment();
    ClusteredObjectException e =
        assertThrows(
            ClusteredObjectException.class,
            () -> ClusteredObjects.hotSwap(tally, Policy.PER_PROCESSOR));
    assertTrue(e.getMessage().contains("add an @ExportState method"), e.getMessage());
    assertEquals(1, tally.total(), "the object still serves from its old reps");
  }

  @Test
  void swappingInsideARequestIsRefusedAndADestroyedObjectCannotBeSwapped() {
    Counter counter = Counter_Factory.create();
    try (Request request = Requests.enter()) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> ClusteredObjects.hotSwap(counter, Policy.SINGLE));
      assertTrue(e.getMessage().contains("swap outside requests"), e.getMessage());
    }
    ClusteredObjects.destroy(counter);
    assertThrows(
        ClusteredObjectDestroyedException.class,
        () -> ClusteredObjects.hotSwap(counter, Policy.SINGLE));
  }

  /**
   * A counter hot swapped a thousand times (single rep, per processor, per cluster, in turn) while
   * eight threads increment it a million times each reports the exact total; for an exclusive
   * (guarded) rep and for a thread-safe one, with the increments in requests and on plain threads
   * outside any request (where only the swap's scan of the threads waits for a call that read an
   * old entry before the swap).
   */
  @ParameterizedTest
  @CsvSource({"exclusive, true", "thread-safe, true", "exclusive, false", "thread-safe, false"})
  void aCounterSwappedAThousandTimesUnderEightIncrementingThreadsKeepsTheExactTotal(
      String kind, boolean inRequests) throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(THREADS), UniformTopology.single())) {
      Object object =
          kind.equals("exclusive") ? Counter_Factory.create() : ProcessorTally_Factory.create();
      Runnable increment =
          object instanceof Counter
              ? ((Counter) object)::increment
              : ((ProcessorTally) object)::increment;
      Runnable batch =
          () -> {
            for (int i = 0; i < CALLS_PER_REQUEST; i++) {
              increment.run();
            }
          };
      AtomicLong incremented = new AtomicLong();
      AtomicInteger swaps = new AtomicInteger();
      AtomicBoolean swapsDone = new AtomicBoolean();
      int cleanedBefore = ProcessorTallyRep.CLEANED.get();
      long lateBefore = ProcessorTallyRep.CALLS_AFTER_CLEANUP.get();
      Workers.run(
          THREADS + 1,
          t -> {
            if (t == THREADS) {
              for (int i = 0; i < SWAPS; i++) {
                Policy policy = CYCLE[i % CYCLE.length];
                ClusteredObjects.hotSwap(object, policy, clusterSize(policy));
                swaps.incrementAndGet();
              }
              swapsDone.set(true);
              return;
            }
            DeclaredIdentity.declare(t);
            long mine = 0;
            // At least a million increments each, and on until every swap has happened.
            while (mine < CALLS_PER_THREAD || !swapsDone.get()) {
              if (inRequests) {
                Requests.run(batch);
              } else {
                batch.run();
              }
              mine += CALLS_PER_REQUEST;
              // Nine threads share two cores: between batches, let the swapping thread run (a
              // swap waits for requests to end, so its progress is scheduling-bound here).
              Thread.yield();
            }
            incremented.addAndGet(mine);
          });
      long total =
          object instanceof Counter
              ? ((Counter) object).value()
              : ((ProcessorTally) object).total();
      assertEquals(SWAPS, swaps.get());
      assertEquals(SWAPS, ClusteredObjects.stats(object).swaps());
      assertEquals(incremented.get(), total, "increments lost or counted twice across swaps");
      if (object instanceof ProcessorTally) {
        assertTrue(
            ProcessorTallyRep.CLEANED.get() - cleanedBefore >= SWAPS, "replaced reps cleaned up");
        assertEquals(
            0,
            ProcessorTallyRep.CALLS_AFTER_CLEANUP.get() - lateBefore,
            "a call entered a replaced rep after its cleanup");
      }
    }
  }

  /**
   * Swaps back to back (a single rep, then a rep per processor, in turn) while eight threads
   * increment an exclusive counter without pause outside any request under the default identity
   * (guarded reps), and a ninth gathers: no call is refused (a call that a finished swap's mediator
   * started again, and a gather that waited in it, take part in the next swap rather than reaching
   * its old reps unseen), the total is exact, and the gathers never go down (a gather sees every
   * old rep or every new one).
   */
  @Test
  void backToBackSwapsUnderCallersThatNeverPauseRefuseNoCallAndLoseNone() throws Exception {
    Counter counter = Counter_Factory.create();
    AtomicLong incremented = new AtomicLong();
    AtomicBoolean swapsDone = new AtomicBoolean();
    AtomicInteger decreasingGathers = new AtomicInteger();
    int swaps = 300;
    Workers.run(
        THREADS + 2,
        t -> {
          if (t == THREADS) {
            for (int i = 0; i < swaps; i++) {
              ClusteredObjects.hotSwap(counter, i % 2 == 0 ? Policy.SINGLE : Policy.PER_PROCESSOR);
            }
            swapsDone.set(true);
          } else if (t == THREADS + 1) {
            for (long last = 0; !swapsDone.get(); ) {
              long now = counter.value();
              if (now < last) {
                decreasingGathers.incrementAndGet();
              }
              last = now;
            }
          } else {
            long mine = 0;
            while (!swapsDone.get()) {
              counter.increment();
              mine++;
            }
            incremented.addAndGet(mine);
          }
        });
    assertEquals(swaps, ClusteredObjects.stats(counter).swaps());
    assertEquals(incremented.get(), counter.value(), "increments lost or counted twice");
    assertEquals(0, decreasingGathers.get(), "a gather saw some old reps and some new ones");
  }

  /**
   * A rep that calls its own object (twice, through the handle, from inside its guard) while the
   * object is swapped two hundred times under eight threads: no deadlock, and every bump counted
   * once. (Gathering from inside an exclusive rep while other threads do the same can deadlock on
   * two guards with or without swaps; see docs/architecture.md.)
   */
  @Test
  void reentrantCallsDuringSwapsNeitherDeadlockNorLoseCounts() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(THREADS), UniformTopology.single())) {
      Relay relay = Relay_Factory.create();
      AtomicLong bumps = new AtomicLong();
      AtomicBoolean swapsDone = new AtomicBoolean();
      Workers.run(
          THREADS + 1,
          t -> {
            if (t == THREADS) {
              for (int i = 0; i < 200; i++) {
                ClusteredObjects.hotSwap(relay, CYCLE[i % 2]);
              }
              swapsDone.set(true);
              return;
            }
            DeclaredIdentity.declare(t);
            long mine = 0;
            while (!swapsDone.get()) {
              try (Request request = Requests.enter()) {
                relay.bumpTwiceThroughSelf();
                relay.bump();
              }
              mine += 3;
              Thread.yield(); // as above: let the swapping thread run
            }
            bumps.addAndGet(mine);
          });
      assertEquals(bumps.get(), relay.total());
    }
  }

  /**
   * A thread inside an exclusive rep, having entered it outside any request (so nothing counted
   * it), calls its own object while a swap blocks calls: the swap's export waits for that rep's
   * guard, so holding the call would deadlock; it goes through instead.
   */
  @Test
  void aCallFromInsideAnUncountedGuardedRepIsLetThroughInsteadOfDeadlocking() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(THREADS), UniformTopology.single())) {
      Relay relay = Relay_Factory.create();
      AtomicInteger callersDone = new AtomicInteger();
      AtomicInteger swaps = new AtomicInteger();
      Workers.run(
          3,
          t -> {
            if (t == 2) {
              while (callersDone.get() < 2) {
                ClusteredObjects.hotSwap(relay, CYCLE[swaps.getAndIncrement() % 2]);
              }
              return;
            }
            DeclaredIdentity.declare(t);
            for (int i = 0; i < 20_000; i++) {
              relay.bumpTwiceThroughSelf(); // outside any request
              Thread.yield();
            }
            callersDone.incrementAndGet();
          });
      // Finishing at all is the point (a held re-entrant call would hang the workers); outside
      // requests a bump can be lost to a swap, never counted twice.
      assertTrue(swaps.get() > 0, "no swap ran while the callers did");
      assertTrue(relay.total() <= 2 * 2 * 20_000L, "bumps counted twice: " + relay.total());
    }
  }
}
