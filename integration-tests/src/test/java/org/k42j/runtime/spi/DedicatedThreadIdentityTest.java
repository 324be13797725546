package org.k42j.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.NotOnProcessorException;
import org.k42j.runtime.ProcessorIdentityException;
import org.k42j.runtime.Processors;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.CounterRep;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.internal.RepProbe;
import org.k42j.runtime.lifecycle.Request;
import org.k42j.runtime.lifecycle.Requests;
import org.k42j.runtime.testing.Workers;

/** Threads own processors: each sees its own, none shares one, and the unbound are refused. */
class DedicatedThreadIdentityTest {
  private static final int THREADS = 8;

  @Test
  void eachBoundThreadSeesItsOwnProcessorAndNoTwoShareOne() throws Exception {
    DedicatedThreadIdentity identity = new DedicatedThreadIdentity(THREADS);
    AtomicReferenceArray<Thread> ownerOf = new AtomicReferenceArray<>(THREADS);
    AtomicInteger wrong = new AtomicInteger();
    // Every thread keeps its binding until all have bound, so all eight are bound at once.
    CountDownLatch allBound = new CountDownLatch(THREADS);
    Workers.run(
        THREADS,
        t -> {
          try (var binding = identity.bind()) {
            assertTrue(ownerOf.compareAndSet(binding.processor(), null, Thread.currentThread()));
            allBound.countDown();
            allBound.await();
            for (int i = 0; i < 1_000_000; i++) {
              if (identity.current() != binding.processor()) {
                wrong.incrementAndGet();
              }
            }
          }
        });
    assertEquals(0, wrong.get());
    for (int processor = 0; processor < THREADS; processor++) {
      assertTrue(ownerOf.get(processor) != null, "processor " + processor + " was never bound");
    }
  }

  @Test
  void bindingAndUnbindingUnderChurnNeverHandsAThreadAnotherThreadsProcessor() throws Exception {
    DedicatedThreadIdentity identity = new DedicatedThreadIdentity(THREADS);
    AtomicInteger[] holders = new AtomicInteger[THREADS];
    for (int p = 0; p < THREADS; p++) {
      holders[p] = new AtomicInteger();
    }
    AtomicInteger wrong = new AtomicInteger();
    Workers.run(
        THREADS,
        t -> {
          for (int round = 0; round < 2_000; round++) {
            try (var binding = identity.bind()) {
              int processor = binding.processor();
              if (holders[processor].incrementAndGet() != 1) {
                wrong.incrementAndGet();
              }
              for (int i = 0; i < 100; i++) {
                if (identity.current() != processor) {
                  wrong.incrementAndGet();
                }
              }
              holders[processor].decrementAndGet();
            }
          }
        });
    assertEquals(0, wrong.get());
  }

  @Test
  @SuppressWarnings("deprecation") // Thread.getId(): threadId() is Java 19+
  void threadsWhoseIdsCollideInTheTableFindTheirOwnProcessors() throws Exception {
    DedicatedThreadIdentity identity = new DedicatedThreadIdentity(4);
    int[] seen = new int[] {-1, -1};
    CountDownLatch firstBound = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    Thread first =
        new Thread(
            () -> {
              try (var binding = identity.bind(2)) {
                firstBound.countDown();
                awaitQuietly(secondDone);
                seen[0] = identity.current();
              }
            });
    // Thread ids come from one counter: burn ids until the next thread lands on the same slot.
    Thread second = null;
    while (second == null || (second.getId() - first.getId()) % 4096 != 0) {
      second =
          new Thread(
              () -> {
                try (var binding = identity.bind(3)) {
                  seen[1] = identity.current();
                }
                secondDone.countDown();
              });
    }
    first.start();
    firstBound.await();
    second.start();
    second.join();
    first.join();
    assertEquals(2, seen[0]);
    assertEquals(3, seen[1]);
  }

  @Test
  void anUnboundThreadIsToldToBind() {
    DedicatedThreadIdentity identity = new DedicatedThreadIdentity(2);
    NotOnProcessorException e = assertThrows(NotOnProcessorException.class, identity::current);
    assertTrue(e.getMessage().contains("is not bound"), e.getMessage());
    assertTrue(e.getMessage().contains("identity.bind()"), e.getMessage());
  }

  /**
   * A thread with no processor may still hot swap an object or enter a request: the runtime's
   * fallbacks to processor 0 catch the one "no processor" type, which an unbound thread of this
   * identity gets as the kernel's plain threads do (before, its ProcessorIdentityException
   * escaped).
   */
  @Test
  void anUnboundThreadHotSwapsAndEntersRequestsOnProcessorZero() throws Exception {
    DedicatedThreadIdentity identity = new DedicatedThreadIdentity(2);
    try (var machine = Processors.install(identity, UniformTopology.single())) {
      AtomicReference<Counter> made = new AtomicReference<>();
      Thread bound =
          new Thread(
              () -> {
                try (var binding = identity.bind(1)) {
                  Counter counter = Counter_Factory.create();
                  counter.add(5);
                  made.set(counter);
                }
              });
      bound.start();
      bound.join();
      Counter counter = made.get();

      ClusteredObjects.hotSwap(counter, Policy.SINGLE);
      try (Request request = Requests.enter()) {
        assertEquals(Policy.SINGLE, ClusteredObjects.stats(counter).policy());
      }
      assertEquals(5, counter.value(), "a gather needs no processor");
      assertThrows(
          NotOnProcessorException.class, () -> counter.add(1), "a call to a rep still needs one");
      try (var binding = identity.bind(0)) {
        assertEquals(5, counter.value());
      }
    }
  }

  @Test
  void aThreadUnboundByClosingItsBindingIsRefusedAgain() {
    DedicatedThreadIdentity identity = new DedicatedThreadIdentity(2);
    var binding = identity.bind();
    assertEquals(0, identity.current());
    binding.close();
    binding.close();
    assertThrows(NotOnProcessorException.class, identity::current);
    assertEquals(-1, identity.boundProcessor());
  }

  @Test
  void bindingTwiceAnOwnedProcessorOrTooManyThreadsNamesTheProblem() throws Exception {
    DedicatedThreadIdentity identity = new DedicatedThreadIdentity(1);
    try (var binding = identity.bind()) {
      assertTrue(
          assertThrows(ProcessorIdentityException.class, identity::bind)
              .getMessage()
              .contains("already bound to processor 0"));
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread other =
          new Thread(
              () -> {
                try {
                  identity.bind(0);
                } catch (Throwable t) {
                  failure.set(t);
                }
              },
              "other");
      other.start();
      other.join();
      assertTrue(
          failure.get().getMessage().contains("is bound to thread 'main"),
          failure.get().getMessage());
      Thread third =
          new Thread(
              () -> {
                try {
                  identity.bind();
                } catch (Throwable t) {
                  failure.set(t);
                }
              });
      third.start();
      third.join();
      assertTrue(
          failure.get().getMessage().contains("all 1 processors"), failure.get().getMessage());
      DedicatedThreadIdentity two = new DedicatedThreadIdentity(2);
      assertTrue(
          assertThrows(ProcessorIdentityException.class, () -> two.bind(5))
              .getMessage()
              .contains("not one of"));
    }
  }

  @Test
  void aProcessorWhoseThreadDiedBoundIsReclaimed() throws Exception {
    DedicatedThreadIdentity identity = new DedicatedThreadIdentity(1);
    Thread dies = new Thread(identity::bind);
    dies.start();
    dies.join();
    try (var binding = identity.bind()) {
      assertEquals(0, binding.processor());
      assertEquals(0, identity.current());
    }
  }

  @Test
  void exclusivePerProcessorRepsHaveNoGuardAndCountExactlyUnderContention() throws Exception {
    DedicatedThreadIdentity identity = new DedicatedThreadIdentity(THREADS);
    try (var machine = Processors.install(identity, UniformTopology.single())) {
      Counter counter = Counter_Factory.create();
      Workers.run(
          THREADS,
          t -> {
            try (var binding = identity.bind()) {
              assertEquals(binding.processor(), Processors.current());
              for (int i = 0; i < 1_000_000; i++) {
                counter.increment();
              }
              assertSame(CounterRep.class, RepProbe.entry(counter, binding.processor()).getClass());
            }
          });
      assertEquals(THREADS * 1_000_000L, counter.value());
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
