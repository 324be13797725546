package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.fixture.exclusive.NodeTally;
import org.k42j.runtime.fixture.exclusive.NodeTally_Factory;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Workers;

/**
 * An object keeps the machine it was created under where its reps depend on it: exclusive
 * per-processor reps made without a guard under a one-thread-per-processor identity are never
 * reached while an identity that may run several threads on a processor is installed, and per-node
 * reps are never reached under another topology. Reps made with a guard keep it.
 */
class MachineChangeTest {
  private static final int THREADS = 8;
  private static final int CALLS = 1_000_000;

  @AfterEach
  void backToProcessorZero() {
    DeclaredIdentity.declare(0);
  }

  @Test
  void unguardedRepsRefuseCallsWhileThreadsMayShareAProcessorAndServeAgainAfter() throws Exception {
    DeclaredIdentity onePerProcessor = new DeclaredIdentity(4, true);
    try (var kernel = Processors.install(onePerProcessor, UniformTopology.single())) {
      DeclaredIdentity.declare(0);
      Counter counter = Counter_Factory.create();
      counter.increment(); // processor 0's entry is now the rep itself, without a guard

      DeclaredIdentity sharing = new DeclaredIdentity(4);
      try (var plain = Processors.install(sharing, UniformTopology.single())) {
        ProcessorIdentityException e =
            assertThrows(ProcessorIdentityException.class, counter::increment);
        assertTrue(
            e.getMessage()
                .contains(
                    "was created under DeclaredIdentity[4 processors, one thread per processor]"),
            e.getMessage());
        assertTrue(e.getMessage().contains("Recreate the object after installing"), e.getMessage());
        assertTrue(e.getMessage().contains(sharing.toString()), e.getMessage());

        // Eight threads on processor 0 would race on the unguarded rep; each call is refused.
        Workers.run(
            THREADS,
            t -> {
              DeclaredIdentity.declare(0);
              assertThrows(ProcessorIdentityException.class, counter::increment);
            });
      }
      counter.increment(); // one thread per processor again: the rep serves
      assertEquals(2, counter.value());
      assertEquals(1, ClusteredObjects.stats(counter).reps());
      ClusteredObjects.destroy(counter);
    }
  }

  @Test
  void repsOfAnObjectCreatedWhileThreadsMayShareAProcessorAreAlwaysGuarded() throws Exception {
    try (var plain = Processors.install(new DeclaredIdentity(4), UniformTopology.single())) {
      Counter counter = Counter_Factory.create();
      try (var kernel =
          Processors.install(new DeclaredIdentity(4, true), UniformTopology.single())) {
        DeclaredIdentity.declare(1);
        counter.increment(); // first call from processor 1, under the one-thread identity
        Object entry = MissStormTest.row(counter)[1];
        assertTrue(entry.getClass().getSimpleName().endsWith("_Guard"), "entry " + entry);
      }
      Workers.run(
          THREADS,
          t -> {
            DeclaredIdentity.declare(1);
            for (int i = 0; i < CALLS; i++) {
              counter.increment();
            }
          });
      assertEquals(THREADS * (long) CALLS + 1, counter.value());
      ClusteredObjects.destroy(counter);
    }
  }

  @Test
  void perNodeRepsRefuseCallsUnderAnotherTopologyAndServeUnderAnEqualOne() {
    DeclaredIdentity identity = new DeclaredIdentity(64);
    try (var fourNodes = Processors.install(identity, new UniformTopology(4, 16))) {
      NodeTally tally = NodeTally_Factory.create();
      DeclaredIdentity.declare(20);
      tally.increment();

      UniformTopology twoNodes = new UniformTopology(2, 32);
      try (var other = Processors.install(identity, twoNodes)) {
        ProcessorIdentityException e =
            assertThrows(ProcessorIdentityException.class, tally::increment);
        assertTrue(e.getMessage().contains(new UniformTopology(4, 16).toString()), e.getMessage());
        assertTrue(e.getMessage().contains(twoNodes.toString()), e.getMessage());
        DeclaredIdentity.declare(40); // a first call is refused too, before any rep is made
        assertThrows(ProcessorIdentityException.class, () -> tally.add(5));
        DeclaredIdentity.declare(20);
      }
      try (var equal = Processors.install(identity, new UniformTopology(4, 16))) {
        tally.increment();
        DeclaredIdentity.declare(40);
        tally.add(5);
      }
      assertEquals(7, tally.total());
      assertEquals(2, ClusteredObjects.stats(tally).reps(), "nodes 1 and 2");
      ClusteredObjects.destroy(tally);
    }
  }
}
