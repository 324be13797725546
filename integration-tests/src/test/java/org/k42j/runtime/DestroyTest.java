package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.CounterRep;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.fixture.rooted.Journal;
import org.k42j.runtime.fixture.rooted.JournalRoot;
import org.k42j.runtime.fixture.rooted.Journal_Factory;
import org.k42j.runtime.internal.DispatcherBase;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Workers;

/** What destroy() promises: calls fail from then on, cleanups run once, and no call slips past. */
class DestroyTest {
  private static final int PROCESSORS = 8;

  @Test
  void everyCallAfterDestroyThrowsNamingTheContractAndTheRemedy() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(PROCESSORS), UniformTopology.single())) {
      DeclaredIdentity.declare(0);
      Counter counter = Counter_Factory.create();
      counter.increment();
      Coid coid = ClusteredObjects.coid(counter);
      ClusteredObjects.destroy(counter);

      List<Executable> calls = new ArrayList<>();
      calls.add(counter::increment); // processor 0: its entry was emptied
      calls.add(() -> counter.add(1));
      calls.add(counter::value); // gather
      calls.add(counter::reset); // broadcast
      calls.add(
          () -> {
            DeclaredIdentity.declare(5); // a processor that never called: a first miss
            counter.increment();
          });
      calls.add(
          () -> {
            DeclaredIdentity.declare(40); // beyond the row: the dispatcher asks the root
            counter.increment();
          });
      for (Executable call : calls) {
        ClusteredObjectDestroyedException e =
            assertThrows(ClusteredObjectDestroyedException.class, call);
        String destroyed = "org.k42j.runtime.fixture.Counter (" + coid + ") was destroyed";
        assertTrue(e.getMessage().contains(destroyed), e.getMessage());
        assertTrue(e.getMessage().contains("Create a new instance"), e.getMessage());
      }
      DeclaredIdentity.declare(0);
      assertTrue(ClusteredObjects.stats(counter).destroyed());
      assertEquals(1, ClusteredObjects.stats(counter).reps(), "failed calls made no rep");
    }
  }

  @Test
  void cleanupHooksRunExactlyOnceAndASecondDestroyThrows() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(PROCESSORS), UniformTopology.single())) {
      Journal journal = Journal_Factory.create();
      JournalRoot root = (JournalRoot) DispatcherBase.rootOf(journal);
      for (int p = 0; p < PROCESSORS; p++) {
        DeclaredIdentity.declare(p);
        journal.record();
      }
      DeclaredIdentity.declare(0);
      assertEquals(PROCESSORS, journal.entries());

      ClusteredObjects.destroy(journal);
      assertEquals(PROCESSORS, root.repCleanups.get(), "one cleanup per rep");
      assertEquals(1, root.cleanups.get(), "one root cleanup");

      ClusteredObjectDestroyedException again =
          assertThrows(
              ClusteredObjectDestroyedException.class, () -> ClusteredObjects.destroy(journal));
      assertTrue(
          again.getMessage().contains("is already destroyed; destroy each object once"),
          again.getMessage());
      assertEquals(PROCESSORS, root.repCleanups.get());
      assertEquals(1, root.cleanups.get());
    }
  }

  @Test
  void failingRepCleanupsAreReportedAfterEveryHookRan() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(PROCESSORS), UniformTopology.single())) {
      Journal journal = Journal_Factory.create();
      JournalRoot root = (JournalRoot) DispatcherBase.rootOf(journal);
      for (int p = 0; p < 3; p++) {
        DeclaredIdentity.declare(p);
        journal.record();
      }
      DeclaredIdentity.declare(0);
      root.failingRepCleanup = true;

      ClusteredObjectException e =
          assertThrows(ClusteredObjectException.class, () -> ClusteredObjects.destroy(journal));
      assertTrue(e.getMessage().contains("a cleanup hook threw; fix the hook"), e.getMessage());
      assertInstanceOf(IllegalStateException.class, e.getCause());
      assertEquals(2, e.getCause().getSuppressed().length, "the other two failures are attached");
      assertEquals(3, root.repCleanups.get());
      assertEquals(1, root.cleanups.get(), "the root's cleanup still ran");
      assertTrue(ClusteredObjects.stats(journal).destroyed());
      assertThrows(ClusteredObjectDestroyedException.class, journal::record);
    }
  }

  /**
   * A cleanup must not run while a call is inside an exclusive rep (its guard promises the rep one
   * thread at a time). One thread is held inside {@code record()} while another destroys; the
   * cleanup may only run once the call has left.
   */
  @Test
  void anExclusiveRepsCleanupWaitsForTheCallInsideItsGuard() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(PROCESSORS), UniformTopology.single())) {
      Journal journal = Journal_Factory.create();
      JournalRoot root = (JournalRoot) DispatcherBase.rootOf(journal);
      journal.record(); // processor 0's rep exists
      CountDownLatch inside = new CountDownLatch(1);
      CountDownLatch leave = new CountDownLatch(1);
      root.whileRecording =
          () -> {
            inside.countDown();
            awaitUninterruptibly(leave);
          };
      Workers.run(
          3,
          t -> {
            if (t == 0) {
              journal.record(); // held inside the rep until released
            } else if (t == 1) {
              inside.await();
              ClusteredObjects.destroy(journal);
            } else {
              inside.await();
              while (!ClusteredObjects.stats(journal).destroyed()) {
                Thread.onSpinWait();
              }
              // The object is marked destroyed; a cleanup that does not wait for the guard runs
              // now. Give it ample time before letting the call leave.
              for (int i = 0; i < 200 && root.repCleanups.get() == 0; i++) {
                Thread.sleep(1);
              }
              root.whileRecording = null;
              leave.countDown();
            }
          });
      assertEquals(1, root.repCleanups.get());
      assertEquals(0, root.cleanupsDuringCalls.get(), "a cleanup ran while a call was inside");
      assertEquals(2, journalEntries(root));
    }
  }

  private static long journalEntries(JournalRoot root) {
    long entries = 0;
    for (Object rep : root.reps()) {
      entries += ((org.k42j.runtime.fixture.rooted.JournalRep) rep).entries();
    }
    return entries;
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException e) {
        // keep waiting: the test releases the latch
      }
    }
  }

  private static final int THREADS = 8;
  private static final int ROUNDS = 200;

  /**
   * Eight threads call while another destroys, two hundred times over: each thread reads whether
   * destroy() has returned before each call, and no call that started after destroy() returned may
   * succeed. Every successful call is counted in a rep (none lost, none after cleanup), every rep
   * gets its cleanup once, and every thread ends on the destroyed exception. Destruction comes at a
   * different moment each round, from during the first misses to well into the hit path.
   */
  @Test
  void destroyRacingWithEightCallersNeverLetsACallSucceedAfterItReturned() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(PROCESSORS), UniformTopology.single())) {
      Counter[] counter = new Counter[1];
      AtomicBoolean destroyReturned = new AtomicBoolean();
      AtomicLong succeeded = new AtomicLong();
      AtomicInteger lateSuccesses = new AtomicInteger();
      AtomicInteger endedDestroyed = new AtomicInteger();
      int[] createdBefore = new int[1];
      int[] cleanedBefore = new int[1];
      int[] round = {-1};
      // Parties: the callers and the destroyer. The action checks the round that ended and sets
      // up the next one.
      CyclicBarrier barrier =
          new CyclicBarrier(
              THREADS + 1,
              () -> {
                if (round[0] >= 0) {
                  checkRound(counter[0], succeeded.get(), createdBefore[0], cleanedBefore[0]);
                  assertEquals(THREADS, endedDestroyed.get(), "every caller ended destroyed");
                }
                round[0]++;
                createdBefore[0] = CounterRep.CREATED.get();
                cleanedBefore[0] = CounterRep.CLEANED.get();
                counter[0] = Counter_Factory.create();
                destroyReturned.set(false);
                succeeded.set(0);
                endedDestroyed.set(0);
              });

      Workers.run(
          THREADS + 1,
          t -> {
            if (t < THREADS) {
              DeclaredIdentity.declare(t);
            }
            for (int r = 0; r < ROUNDS; r++) {
              barrier.await();
              Counter target = counter[0];
              if (t == THREADS) {
                for (int spin = (r * 7919) % 20_000; spin > 0; spin--) {
                  Thread.onSpinWait();
                }
                ClusteredObjects.destroy(target);
                destroyReturned.set(true);
              } else {
                long mine = 0;
                while (true) {
                  boolean afterDestroy = destroyReturned.get();
                  try {
                    target.increment();
                  } catch (ClusteredObjectDestroyedException e) {
                    endedDestroyed.incrementAndGet();
                    break;
                  }
                  mine++;
                  if (afterDestroy) {
                    lateSuccesses.incrementAndGet();
                  }
                }
                succeeded.addAndGet(mine);
              }
            }
            barrier.await();
          });
      assertEquals(0, lateSuccesses.get(), "calls that started after destroy() returned succeeded");
      assertEquals(ROUNDS, round[0]);
    }
  }

  /**
   * Eight threads that keep calling an object without pause, and keep calling it after it refuses
   * them (each refused call waits while the destroy's caller scan runs): every destroy of twenty
   * completes within its bound, every successful call is counted in a rep and none succeeds after
   * destroy() returned, every refusal is the destroyed exception, and every rep is cleaned up once.
   */
  @Test
  void destroysCompleteWhileEightCallersKeepCallingTheDestroyedObject() throws Exception {
    int destroys = 20;
    Counter[] current = {Counter_Factory.create()};
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger lateSuccesses = new AtomicInteger();
    AtomicLong refused = new AtomicLong();
    AtomicLong[] succeeded = new AtomicLong[destroys];
    for (int d = 0; d < destroys; d++) {
      succeeded[d] = new AtomicLong();
    }
    // Set once destroy() returned for each; read by the callers.
    AtomicReferenceArray<Counter> destroyed = new AtomicReferenceArray<>(destroys);
    int createdBefore = CounterRep.CREATED.get();
    int cleanedBefore = CounterRep.CLEANED.get();
    Workers.run(
        THREADS + 1,
        t -> {
          if (t == THREADS) {
            for (int d = 0; d < destroys; d++) {
              Thread.sleep(2); // the callers are inside the object
              Counter target;
              synchronized (current) {
                target = current[0];
              }
              ClusteredObjects.destroy(target, Duration.ofSeconds(30));
              destroyed.set(d, target);
              Thread.sleep(2); // the callers keep calling the destroyed object
              if (d + 1 < destroys) {
                synchronized (current) {
                  current[0] = Counter_Factory.create();
                }
              }
            }
            stop.set(true);
            return;
          }
          while (!stop.get()) {
            Counter target;
            synchronized (current) {
              target = current[0];
            }
            boolean afterDestroy = indexOf(target, destroyed) >= 0;
            try {
              target.increment();
              if (afterDestroy) {
                lateSuccesses.incrementAndGet();
              }
              succeeded[destroyOf(target, destroyed)].incrementAndGet();
            } catch (ClusteredObjectDestroyedException e) {
              refused.incrementAndGet();
            }
          }
        });
    assertEquals(0, lateSuccesses.get(), "calls that started after destroy() returned succeeded");
    assertTrue(refused.get() > 0, "no caller called a destroyed object");
    for (int d = 0; d < destroys; d++) {
      long counted = 0;
      for (Object rep : DispatcherBase.rootOf(destroyed.get(d)).reps()) {
        counted += ((CounterRep) rep).value();
      }
      assertEquals(succeeded[d].get(), counted, "every successful call counted, and only those");
    }
    assertEquals(
        CounterRep.CREATED.get() - createdBefore,
        CounterRep.CLEANED.get() - cleanedBefore,
        "every rep cleaned up once");
  }

  /** The index of {@code target} in {@code destroyed}, or -1. */
  private static int indexOf(Counter target, AtomicReferenceArray<Counter> destroyed) {
    for (int d = 0; d < destroyed.length(); d++) {
      if (destroyed.get(d) == target) {
        return d;
      }
    }
    return -1;
  }

  /**
   * Which destroy {@code target} is for: its index once destroyed, else the first index not yet set
   * (objects are destroyed in turn), read in one pass so that a destroy finishing meanwhile cannot
   * move the answer past the target.
   */
  private static int destroyOf(Counter target, AtomicReferenceArray<Counter> destroyed) {
    for (int d = 0; d < destroyed.length(); d++) {
      Counter done = destroyed.get(d);
      if (done == target || done == null) {
        return d;
      }
    }
    throw new AssertionError("a call on an object that is no destroy's");
  }

  private static void checkRound(
      Counter counter, long succeeded, int createdBefore, int cleanedBefore) {
    long counted = 0;
    for (Object rep : DispatcherBase.rootOf(counter).reps()) {
      counted += ((CounterRep) rep).value();
    }
    assertEquals(succeeded, counted, "every successful call counted in a rep, and only those");
    int reps = CounterRep.CREATED.get() - createdBefore;
    assertEquals(reps, ClusteredObjects.stats(counter).reps());
    assertEquals(reps, CounterRep.CLEANED.get() - cleanedBefore, "every rep cleaned up once");
  }
}
