package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.spi.ProcessorIdentity;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;

/**
 * {@link Processors#current()} goes through the installed identity's {@code currentHandle()},
 * linked into a call site: every install and close re-links it, also in code the JIT has already
 * compiled against the previous identity.
 */
class CurrentHandleTest {
  /** Always reports one processor id; its handle is the default one, bound to current(). */
  private static class FixedIdentity implements ProcessorIdentity {
    private final int id;

    FixedIdentity(int id) {
      this.id = id;
    }

    @Override
    public int count() {
      return id + 1;
    }

    @Override
    public int current() {
      return id;
    }
  }

  private static long sumOfIds(int calls) {
    long sum = 0;
    for (int i = 0; i < calls; i++) {
      sum += Processors.current();
    }
    return sum;
  }

  @Test
  void installAndCloseRelinkCodeAlreadyCompiledAgainstThePreviousIdentity() {
    int calls = 200_000; // enough for the loop to be compiled with the identity inlined
    try (var three = Processors.install(new FixedIdentity(3), UniformTopology.single())) {
      assertEquals(3L * calls, sumOfIds(calls));
      assertEquals(3L * calls, sumOfIds(calls));
      try (var five = Processors.install(new FixedIdentity(5), UniformTopology.single())) {
        assertEquals(5L * calls, sumOfIds(calls));
      }
      assertEquals(3L * calls, sumOfIds(calls));
    }
  }

  @Test
  void defaultHandleCallsCurrent() throws Throwable {
    DeclaredIdentity identity = new DeclaredIdentity(8);
    DeclaredIdentity.declare(6);
    try {
      assertEquals(6, (int) identity.currentHandle().invokeExact());
      try (var machine = Processors.install(identity, UniformTopology.single())) {
        assertEquals(6, Processors.current());
      }
    } finally {
      DeclaredIdentity.declare(0);
    }
  }

  @Test
  void threadSlotHandleFollowsTheSlotAcrossContentionMoves() throws Throwable {
    ThreadSlotIdentity identity = new ThreadSlotIdentity(3);
    MethodHandle handle = identity.currentHandle();
    for (int move = 0; move < 4; move++) {
      assertEquals(identity.current(), (int) handle.invokeExact());
      identity.contended();
    }
    try (var machine = Processors.install(identity, UniformTopology.single())) {
      int before = Processors.current();
      identity.contended();
      assertEquals((before + 1) % 3, Processors.current());
      assertEquals(identity.current(), Processors.current());
    }
  }

  @Test
  void clusteredCallsReachTheRepOfTheRelinkedProcessor() {
    try (var machine = Processors.install(new DeclaredIdentity(4), UniformTopology.single())) {
      Counter counter = Counter_Factory.create();
      for (int processor = 0; processor < 4; processor++) {
        DeclaredIdentity.declare(processor);
        for (int i = 0; i <= processor; i++) {
          counter.increment();
        }
      }
      DeclaredIdentity.declare(0);
      assertEquals(1 + 2 + 3 + 4, counter.value());
      assertEquals(4, ClusteredObjects.stats(counter).reps());
    } finally {
      DeclaredIdentity.declare(0);
    }
  }

  @Test
  void identityWhoseHandleHasTheWrongTypeIsRefusedAndNothingChanges() {
    ProcessorIdentity before = Processors.identity();
    ProcessorIdentity wrong =
        new FixedIdentity(1) {
          @Override
          public MethodHandle currentHandle() {
            return MethodHandles.constant(long.class, 1L);
          }
        };

    ProcessorIdentityException refused =
        assertThrows(
            ProcessorIdentityException.class,
            () -> Processors.install(wrong, UniformTopology.single()));

    assertTrue(refused.getMessage().contains("()long"), refused.getMessage());
    assertTrue(refused.getMessage().contains("currentHandle()"), refused.getMessage());
    assertSame(before, Processors.identity());
    assertEquals(before.current(), Processors.current());
  }
}
