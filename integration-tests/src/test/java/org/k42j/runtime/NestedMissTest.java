package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.fixture.reentrant.Relay;
import org.k42j.runtime.fixture.reentrant.RelayRep;
import org.k42j.runtime.fixture.reentrant.Relay_Factory;
import org.k42j.runtime.internal.RepProbe;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;

/**
 * A rep constructor that calls its own clustered object from another processor makes a miss inside
 * a miss; when that inner miss grows the row and the rep set, the outer one still installs its rep
 * where calls and gathers find it, and a slot never gets a second rep.
 */
class NestedMissTest {
  @AfterEach
  void removeHook() {
    RelayRep.whileConstructing = null;
    DeclaredIdentity.declare(0);
  }

  /** Makes each new rep's constructor call its object once from the next processor listed. */
  private static void constructorsCallFrom(Integer... processors) {
    Deque<Integer> next = new ArrayDeque<>(List.of(processors));
    RelayRep.whileConstructing =
        self -> {
          Integer processor = next.poll();
          if (processor != null) {
            DeclaredIdentity.declare(processor);
            try {
              self.bump();
            } finally {
              DeclaredIdentity.declare(0);
            }
          }
        };
  }

  private static List<Integer> slots(Relay relay) {
    return RepProbe.reps(relay).stream().map(RepProbe::slot).collect(Collectors.toList());
  }

  @Test
  void aConstructorCallingFromBeyondTheRowLeavesOneRepPerSlotAndBothInGathers() {
    try (var small = Processors.install(new DeclaredIdentity(2), UniformTopology.single())) {
      DeclaredIdentity.declare(0);
      Relay relay = Relay_Factory.create(); // a row of two
      try (var big = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
        constructorsCallFrom(7); // beyond the row and the rep set: the inner miss grows both

        relay.bump(); // creates slot 0's rep, whose constructor creates slot 7's
        assertEquals(List.of(0, 7), slots(relay));
        assertEquals(2, relay.total(), "the gather visits both reps");

        relay.bump(); // processor 0 again: its own rep, not a new one
        relay.bump();
        assertEquals(2, ClusteredObjects.stats(relay).reps());
        assertEquals(List.of(0, 7), slots(relay));
        assertEquals(4, relay.total());
        assertEquals(2, ClusteredObjects.stats(relay).misses(), "one miss each from 0 and 7");
        ClusteredObjects.destroy(relay);
      }
    }
  }

  @Test
  void aConstructorWhoseNestedRepCallsBackIntoTheFirstSlotFailsWithANamedException() {
    try (var machine = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      DeclaredIdentity.declare(0);
      Relay relay = Relay_Factory.create();
      // Slot 0's constructor calls from 7; slot 7's constructor calls from 0, whose rep is still
      // under construction.
      constructorsCallFrom(7, 0);

      ClusteredObjectException e = assertThrows(ClusteredObjectException.class, relay::bump);
      assertTrue(
          e.getMessage()
              .contains(
                  "a rep constructor of org.k42j.runtime.fixture.reentrant.Relay called its own"
                      + " clustered object"),
          e.getMessage());
      assertEquals(0, ClusteredObjects.stats(relay).reps(), "neither construction finished");

      relay.bump();
      DeclaredIdentity.declare(7);
      relay.bump();
      DeclaredIdentity.declare(0);
      assertEquals(List.of(0, 7), slots(relay));
      assertEquals(2, relay.total());
      ClusteredObjects.destroy(relay);
    }
  }

  @Test
  void aConstructorThatDestroysItsOwnObjectLeavesNoRepInstalled() throws Exception {
    try (var machine = Processors.install(new DeclaredIdentity(2), UniformTopology.single())) {
      DeclaredIdentity.declare(0);
      Relay relay = Relay_Factory.create();
      RelayRep.whileConstructing = ClusteredObjects::destroy;

      assertThrows(ClusteredObjectDestroyedException.class, relay::bump);
      assertEquals(0, ClusteredObjects.stats(relay).reps());
      for (Object entry : MissStormTest.row(relay)) {
        assertTrue(entry.getClass().getSimpleName().endsWith("_Miss"), "row holds " + entry);
      }
      RelayRep.whileConstructing = null;
      assertThrows(ClusteredObjectDestroyedException.class, relay::bump);
      assertEquals(0, ClusteredObjects.stats(relay).reps());
    }
  }
}
