package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.k42j.runtime.fixture.threadsafe.ProcessorTally;
import org.k42j.runtime.fixture.threadsafe.ProcessorTallyRep;
import org.k42j.runtime.fixture.threadsafe.ProcessorTally_Factory;
import org.k42j.runtime.lifecycle.Request;
import org.k42j.runtime.lifecycle.Requests;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.TokenWaiterIdentity;
import org.k42j.runtime.testing.Workers;

/**
 * Destruction with quiescence: new calls fail at once, cleanups wait for the requests that were
 * running, run once, and the COID comes back only afterwards and under a new generation. The reps
 * here are thread-safe, so nothing but quiescence keeps a cleanup from racing a call.
 */
class DestroyQuiescenceTest {
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 1_000_000;
  private static final int CALLS_PER_REQUEST = 64;

  @Test
  void cleanupWaitsForTheRequestInFlightWhileNewCallsFailAtOnce() throws Exception {
    // Waiters are tokens, as a kernel's user-level threads are: the caller scan cannot sample them,
    // so the grace period waits for their requests. (A request on a platform thread is left to the
    // scan, which need not wait for a thread seen outside the object.)
    try (var machine =
        Processors.install(new TokenWaiterIdentity(THREADS), UniformTopology.single())) {
      ProcessorTally tally = ProcessorTally_Factory.create();
      int cleanedBefore = ProcessorTallyRep.CLEANED.get();
      CountDownLatch called = new CountDownLatch(1);
      CountDownLatch destroyed = new CountDownLatch(1);
      long[] totalSeenByTheRequest = new long[1];
      Workers.run(
          3,
          t -> {
            if (t == 0) {
              DeclaredIdentity.declare(1);
              try (Request request = Requests.enter()) {
                tally.increment(); // the request is in flight on this object
                called.countDown();
                destroyed.await();
                // Destroyed, but this request started before: no cleanup has run under it.
                totalSeenByTheRequest[0] = ProcessorTallyRep.CLEANED.get() - cleanedBefore;
              }
            } else if (t == 1) {
              called.await();
              ClusteredObjects.destroy(tally); // returns once the request above has ended
              assertTrue(ClusteredObjects.cleanedUp(tally).isDone());
            } else {
              called.await();
              while (!ClusteredObjects.stats(tally).destroyed()) {
                Thread.onSpinWait();
              }
              // A new call fails at once, even though the cleanup is still held up.
              assertThrows(ClusteredObjectDestroyedException.class, tally::increment);
              assertFalse(ClusteredObjects.cleanedUp(tally).isDone());
              destroyed.countDown();
            }
          });
      assertEquals(0, totalSeenByTheRequest[0], "a cleanup ran under a request in flight");
      assertEquals(1, ProcessorTallyRep.CLEANED.get() - cleanedBefore);
    }
  }

  @Test
  void destroyInsideARequestDefersTheCleanupUntilTheRequestEnds() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(THREADS), UniformTopology.single())) {
      ProcessorTally tally = ProcessorTally_Factory.create();
      int cleanedBefore = ProcessorTallyRep.CLEANED.get();
      Coid coid = ClusteredObjects.coid(tally);
      try (Request request = Requests.enter()) {
        tally.increment();
        ClusteredObjects.destroy(tally);
        assertThrows(ClusteredObjectDestroyedException.class, tally::increment);
        // While this request runs, the index is not handed to a new object.
        ProcessorTally other = ProcessorTally_Factory.create();
        assertNotEquals(coid.index(), ClusteredObjects.coid(other).index());
        assertFalse(ClusteredObjects.cleanedUp(tally).isDone());
        assertEquals(0, ProcessorTallyRep.CLEANED.get() - cleanedBefore);
      }
      ClusteredObjects.cleanedUp(tally).get(30, TimeUnit.SECONDS);
      assertEquals(1, ProcessorTallyRep.CLEANED.get() - cleanedBefore);
      StaleCoidException stale =
          assertThrows(
              StaleCoidException.class, () -> ClusteredObjects.resolve(coid, ProcessorTally.class));
      assertTrue(stale.getMessage().contains(coid.toString()), stale.getMessage());
    }
  }

  @Test
  void aRecycledIndexCarriesANewGenerationSoTheOldCoidNeverReachesTheNewObject() throws Exception {
    ProcessorTally tally = ProcessorTally_Factory.create();
    Coid coid = ClusteredObjects.coid(tally);
    ClusteredObjects.destroy(tally);
    ProcessorTally reuser = null;
    for (int i = 0; i < 100_000 && reuser == null; i++) {
      ProcessorTally candidate = ProcessorTally_Factory.create();
      if (ClusteredObjects.coid(candidate).index() == coid.index()) {
        reuser = candidate;
      }
    }
    assertTrue(reuser != null, "the released index was reused");
    assertTrue(ClusteredObjects.coid(reuser).generation() > coid.generation());
    assertThrows(
        StaleCoidException.class, () -> ClusteredObjects.resolve(coid, ProcessorTally.class));
    assertThrows(ClusteredObjectDestroyedException.class, tally::increment);
  }

  /**
   * Eight threads increment in batches of 64 calls, on thread-safe reps, and the object is
   * destroyed under them once each has made a million increments: every increment that returned is
   * in a rep's total at its cleanup (none landed after it, and none was inside a rep while it was
   * cleaned up), and every thread ends on the destroyed exception. With each batch in a request,
   * and on plain threads outside any request, where only the destroy's scan of the threads keeps
   * the cleanup from running under a call.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void noIncrementThatReturnedIsLostOrLandsAfterCleanupUnderEightThreads(boolean inRequests)
      throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(THREADS), UniformTopology.single())) {
      ProcessorTally tally = ProcessorTally_Factory.create();
      long totalBefore = ProcessorTallyRep.TOTAL_AT_CLEANUP.get();
      long lateBefore = ProcessorTallyRep.CALLS_AFTER_CLEANUP.get();
      AtomicLong returned = new AtomicLong();
      AtomicLong endedDestroyed = new AtomicLong();
      AtomicLongArray progress = new AtomicLongArray(THREADS);
      Workers.run(
          THREADS + 1,
          t -> {
            if (t == THREADS) {
              // Destroy once every thread has made its million increments; they keep going.
              for (int worker = 0; worker < THREADS; worker++) {
                while (progress.get(worker) < CALLS_PER_THREAD) {
                  Thread.onSpinWait();
                }
              }
              ClusteredObjects.destroy(tally);
              return;
            }
            DeclaredIdentity.declare(t);
            long mine = 0;
            try {
              while (true) {
                Request request = inRequests ? Requests.enter() : null;
                try {
                  for (int i = 0; i < CALLS_PER_REQUEST; i++) {
                    tally.increment();
                    mine++;
                  }
                } finally {
                  if (request != null) {
                    request.close();
                  }
                }
                progress.set(t, mine);
              }
            } catch (ClusteredObjectDestroyedException e) {
              endedDestroyed.incrementAndGet();
            } finally {
              returned.addAndGet(mine);
            }
          });
      ClusteredObjects.cleanedUp(tally).get(30, TimeUnit.SECONDS);
      assertEquals(THREADS, endedDestroyed.get(), "every thread met the destroyed object");
      assertEquals(
          returned.get(),
          ProcessorTallyRep.TOTAL_AT_CLEANUP.get() - totalBefore,
          "every increment that returned was counted by its rep before cleanup");
      assertEquals(0, ProcessorTallyRep.CALLS_AFTER_CLEANUP.get() - lateBefore);
    }
  }
}
