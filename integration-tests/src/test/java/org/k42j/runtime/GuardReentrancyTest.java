package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.fixture.reentrant.Relay;
import org.k42j.runtime.fixture.reentrant.RelayRep;
import org.k42j.runtime.fixture.reentrant.Relay_Factory;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Workers;

/**
 * Exclusive reps are guarded, and the guard is reentrant: a rep that calls back into its own
 * clustered object (through its own entry, or gathering over every rep) does not deadlock, and a
 * rep method that throws leaves the guard free.
 */
class GuardReentrancyTest {
  /** A deadlock shows as a hang; far longer than these tests need on a loaded 2-core machine. */
  private static final long HANG_SECONDS = 60;

  @Test
  void aRepCallingItsOwnObjectReentersItsGuard() throws Exception {
    Relay relay = Relay_Factory.create();
    Workers.run(
        1,
        HANG_SECONDS,
        t -> {
          relay.bumpTwiceThroughSelf();
          assertEquals(2, relay.totalFromInside());
        });
    assertEquals(2, relay.total());
    ClusteredObjects.destroy(relay);
  }

  @Test
  void eightThreadsReenteringTheirRepsOnSharedSlotsCountExactly() throws Exception {
    // Four slots for eight threads: guards are contended and threads move between slots.
    try (var machine = Processors.install(new ThreadSlotIdentity(4), UniformTopology.single())) {
      Relay relay = Relay_Factory.create();
      Workers.run(
          8,
          HANG_SECONDS,
          t -> {
            for (int i = 0; i < 250_000; i++) {
              relay.bumpTwiceThroughSelf();
            }
          });
      assertEquals(8L * 250_000 * 2, relay.total());
      ClusteredObjects.destroy(relay);
    }
  }

  @Test
  void aRepGatheringFromInsideWhileSevenThreadsCallNeitherDeadlocksNorLosesCalls()
      throws Exception {
    try (var machine = Processors.install(new ThreadSlotIdentity(8), UniformTopology.single())) {
      Relay relay = Relay_Factory.create();
      AtomicLong gathers = new AtomicLong();
      Workers.run(
          8,
          HANG_SECONDS,
          t -> {
            if (t == 0) {
              long last = 0;
              for (int i = 0; i < 20_000; i++) {
                long seen = relay.totalFromInside();
                assertTrue(seen >= last, "a later gather saw less");
                last = seen;
                gathers.incrementAndGet();
              }
            } else {
              for (int i = 0; i < 1_000_000; i++) {
                relay.bump();
              }
            }
          });
      assertEquals(7L * 1_000_000, relay.total());
      assertEquals(20_000, gathers.get());
      ClusteredObjects.destroy(relay);
    }
  }

  @Test
  void aRepMethodThatThrowsLeavesItsGuardFree() throws Exception {
    // Two processors for eight threads, so threads share guards; every fiftieth call throws.
    try (var machine = Processors.install(new ThreadSlotIdentity(2), UniformTopology.single())) {
      Relay relay = Relay_Factory.create();
      AtomicLong failures = new AtomicLong();
      Workers.run(
          8,
          HANG_SECONDS,
          t -> {
            for (int i = 0; i < 1_000_000; i++) {
              if (i % 50 == 0) {
                try {
                  relay.bumpThenFail();
                } catch (IllegalStateException expected) {
                  failures.incrementAndGet();
                }
              } else {
                relay.bump();
              }
            }
          });
      assertEquals(8L * 20_000, failures.get());
      assertEquals(8L * 1_000_000, relay.total(), "failed calls counted before throwing");
      ClusteredObjects.destroy(relay);
    }
  }

  @Test
  void aRepConstructorCallingItsOwnObjectFailsWithANamedException() throws Exception {
    try (var machine = Processors.install(new DeclaredIdentity(4), UniformTopology.single())) {
      DeclaredIdentity.declare(0);
      Relay relay = Relay_Factory.create();
      RelayRep.whileConstructing = Relay::bump;
      try {
        ClusteredObjectException e = assertThrows(ClusteredObjectException.class, relay::bump);
        String expected =
            "a rep constructor of org.k42j.runtime.fixture.reentrant.Relay called its own"
                + " clustered object";
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(0, ClusteredObjects.stats(relay).reps());
      } finally {
        RelayRep.whileConstructing = null;
      }
      relay.bump();
      assertEquals(1, relay.total());
      assertEquals(1, ClusteredObjects.stats(relay).reps());
      ClusteredObjects.destroy(relay);
    }
  }
}
