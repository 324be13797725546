package org.k42j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.runtime.testing.VirtualThreadExecutors;
import org.k42j.runtime.testing.Workers;

/**
 * The guard under real contention, without generated code: a guard over a plain counter field,
 * taken by many more threads than the machine has cores, by platform and virtual threads, with
 * owners that park inside; exact totals, and every wait bounded by the test's timeout.
 */
@Timeout(120)
class RepGuardContentionTest {
  private static final long HANG_SECONDS = 100;

  @Test
  void sixteenPlatformThreadsOnTwoCoresCountExactly() throws Exception {
    CountingGuard guard = new CountingGuard();
    int threads = 16;
    int perThread = 200_000;
    Workers.run(
        threads,
        HANG_SECONDS,
        t -> {
          for (int i = 0; i < perThread; i++) {
            if (t % 4 == 0) {
              guard.incrementReentrantly();
            } else {
              guard.increment();
            }
          }
        });
    assertEquals((long) threads * perThread, guard.count);
    assertFreeWithNoWaiters(guard);
  }

  @Test
  void ownersThatParkInsideMakeWaitersQueueAndCountExactly() throws Exception {
    // Each owner parks inside the guard now and then, as a preempted or blocked owner would: the
    // other threads must queue and park, not burn their time slices, and lose nothing.
    CountingGuard guard = new CountingGuard();
    int threads = 12;
    int perThread = 20_000;
    Workers.run(
        threads,
        HANG_SECONDS,
        t -> {
          for (int i = 0; i < perThread; i++) {
            guard.increment(i % 1_000 == 0 ? 50_000 : 0);
          }
        });
    assertEquals((long) threads * perThread, guard.count);
    assertFreeWithNoWaiters(guard);
  }

  @Test
  void aWaiterParksWhileTheOwnerHoldsAndTakesTheGuardOnRelease() throws Exception {
    CountingGuard guard = new CountingGuard();
    guard.lock();
    Thread waiter = new Thread(guard::increment, "waiter");
    waiter.setDaemon(true);
    waiter.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_SECONDS);
    // Queued and parked (a spinning or yielding waiter stays RUNNABLE).
    while (waiter.getState() != Thread.State.WAITING
        && waiter.getState() != Thread.State.TIMED_WAITING) {
      assertTrue(System.nanoTime() < deadline, "the waiter never parked: " + waiter.getState());
      Thread.sleep(1);
    }
    assertTrue(guard.waiters != null, "a parked waiter is on the stack");
    guard.count = 41;
    guard.unlock();
    waiter.join(TimeUnit.SECONDS.toMillis(HANG_SECONDS));
    assertTrue(!waiter.isAlive(), "the waiter was not woken by the release");
    assertEquals(42, guard.count);
    assertFreeWithNoWaiters(guard);
  }

  @Test
  void aWaiterGetsInWhileAnotherThreadRetakesTheGuardWithoutPause() throws Exception {
    // Bounded unfairness: a thread that takes the guard again at once after every release (and
    // so always barges ahead of a woken waiter) cannot keep a queued waiter out for long.
    CountingGuard guard = new CountingGuard();
    AtomicBoolean stop = new AtomicBoolean();
    Thread hog =
        new Thread(
            () -> {
              while (!stop.get()) {
                guard.increment(20_000);
              }
            },
            "hog");
    hog.setDaemon(true);
    hog.start();
    try {
      Workers.run(
          3,
          HANG_SECONDS,
          t -> {
            for (int i = 0; i < 200; i++) {
              guard.increment();
            }
          });
    } finally {
      stop.set(true);
      hog.join(TimeUnit.SECONDS.toMillis(HANG_SECONDS));
    }
    assertTrue(!hog.isAlive(), "the hog did not stop");
    assertFreeWithNoWaiters(guard);
  }

  @Test
  void anInterruptedWaiterStillWaitsForTheGuardAndKeepsItsInterrupt() throws Exception {
    CountingGuard guard = new CountingGuard();
    guard.lock();
    AtomicBoolean interruptedAfter = new AtomicBoolean();
    Thread waiter =
        new Thread(
            () -> {
              guard.increment();
              interruptedAfter.set(Thread.currentThread().isInterrupted());
            },
            "waiter");
    waiter.setDaemon(true);
    waiter.start();
    while (waiter.getState() != Thread.State.WAITING
        && waiter.getState() != Thread.State.TIMED_WAITING) {
      Thread.sleep(1);
    }
    waiter.interrupt();
    Thread.sleep(20);
    assertTrue(waiter.isAlive(), "an interrupt must not let the waiter in");
    guard.unlock();
    waiter.join(TimeUnit.SECONDS.toMillis(HANG_SECONDS));
    assertTrue(!waiter.isAlive(), "the waiter was not let in after the release");
    assertTrue(interruptedAfter.get(), "the waiter's interrupt was lost");
    assertEquals(1, guard.count);
  }

  @Test
  void tenThousandVirtualThreadsWhoseOwnersParkInsideCountExactly() throws Exception {
    ExecutorService executor = VirtualThreadExecutors.perTaskOrNull();
    assumeTrue(executor != null, "virtual threads need JDK 21 or later");
    CountingGuard guard = new CountingGuard();
    int tasks = 10_000;
    int perTask = 100;
    AtomicLong parkedInside = new AtomicLong();
    List<Future<?>> done = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    try {
      for (int t = 0; t < tasks; t++) {
        int task = t;
        done.add(
            executor.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perTask; i++) {
                    // Some owners park inside the rep (the virtual thread unmounts holding it).
                    boolean park = task % 100 == 0 && i % 10 == 0;
                    guard.increment(park ? 100_000 : 0);
                    if (park) {
                      parkedInside.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_SECONDS);
      for (Future<?> future : done) {
        future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } finally {
      executor.shutdownNow();
    }
    assertEquals((long) tasks * perTask, guard.count);
    assertEquals(1_000, parkedInside.get());
    assertFreeWithNoWaiters(guard);
  }

  @Test
  void platformAndVirtualThreadsTogetherCountExactly() throws Exception {
    ExecutorService executor = VirtualThreadExecutors.perTaskOrNull();
    assumeTrue(executor != null, "virtual threads need JDK 21 or later");
    CountingGuard guard = new CountingGuard();
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int t = 0; t < 200; t++) {
        done.add(
            executor.submit(
                () -> {
                  for (int i = 0; i < 5_000; i++) {
                    guard.incrementReentrantly();
                  }
                  return null;
                }));
      }
      Workers.run(
          6,
          HANG_SECONDS,
          t -> {
            for (int i = 0; i < 100_000; i++) {
              guard.increment();
            }
          });
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_SECONDS);
      for (Future<?> future : done) {
        future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } finally {
      executor.shutdownNow();
    }
    assertEquals(200L * 5_000 + 6L * 100_000, guard.count);
    assertFreeWithNoWaiters(guard);
  }

  /**
   * A hot swap holds the old guard, exports and retires it: waiters parked meanwhile, and every
   * later call through the old entry (fast path included), get {@code false} from {@code lock()}
   * (the generated guard issues them again through the handle) and never run on the old rep; a call
   * made while the thread visits entries slot by slot is refused by the retirement's exception
   * instead, as is a gather's method ({@code refusal}).
   */
  @Test
  void aRetiredGuardTurnsAwayItsWaitersAndEveryLaterCallWithoutRunningThem() throws Exception {
    CountingGuard guard = new CountingGuard();
    guard.hold();
    int waiters = 6;
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < waiters; i++) {
      Thread waiter = new Thread(guard::increment, "waiter-" + i);
      waiter.setDaemon(true);
      waiter.start();
      threads.add(waiter);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_SECONDS);
    for (Thread waiter : threads) {
      while (waiter.getState() != Thread.State.WAITING
          && waiter.getState() != Thread.State.TIMED_WAITING) {
        assertTrue(System.nanoTime() < deadline, "a waiter never parked: " + waiter.getState());
        Thread.sleep(1);
      }
    }
    guard.retire(new RepGuard.Retirement(() -> new IllegalStateException("replaced")));
    for (Thread waiter : threads) {
      waiter.join(TimeUnit.SECONDS.toMillis(HANG_SECONDS));
      assertTrue(!waiter.isAlive(), "a waiter was not woken by the retirement");
    }
    assertEquals(waiters, guard.turnedAway.get(), "every waiter turned away, to go again");
    guard.increment();
    assertEquals(waiters + 1, guard.turnedAway.get(), "a later call is turned away too");
    assertEquals(0, guard.count, "no call ran on the retired rep");
    assertTrue(guard.retired());
    IllegalStateException visiting =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class, () -> EntryVisits.run(guard::increment));
    assertEquals("replaced", visiting.getMessage(), "a visit's call is refused by name");
    assertEquals(waiters + 1, guard.turnedAway.get());
    assertEquals("replaced", RepGuard.refusal(guard).getMessage());
    assertEquals(0, guard.count, "no call ran on the retired rep");
    int[] ranOnce = new int[1];
    guard.runAndRetire(() -> ranOnce[0]++, new RepGuard.Retirement(IllegalStateException::new));
    assertEquals(1, ranOnce[0], "a replaced rep's cleanup still runs once");
  }

  /** A guard that is not retired refuses nothing: {@code refusal} is only for a retired one. */
  @Test
  void onlyARetiredGuardHasARefusal() {
    CountingGuard guard = new CountingGuard();
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, () -> RepGuard.refusal(guard));
    EntryVisits.run(guard::increment);
    assertEquals(1, guard.count, "a visit's call on a live guard runs as any call");
    assertTrue(!EntryVisits.inProgress(), "the visit's mark is gone after it");
  }

  private static void assertFreeWithNoWaiters(CountingGuard guard) {
    assertEquals(null, guard.owner, "the guard is free once every caller left");
    assertEquals(null, guard.waiters, "no waiter is left on the stack");
    assertEquals(null, guard.queue, "no waiter is left in the queue");
  }

  /** A guard around a plain counter: the shape of a generated guard over an exclusive rep. */
  static final class CountingGuard extends RepGuard {
    long count; // guarded
    final AtomicLong turnedAway = new AtomicLong(); // calls a retired guard turned away

    CountingGuard() {
      super(idleRoot());
    }

    void increment() {
      increment(0);
    }

    /**
     * Adds one, parking {@code parkNanos} inside the guard first when positive; a retired guard's
     * call is counted as turned away (where a generated guard goes through the handle).
     */
    void increment(long parkNanos) {
      if (!lock()) {
        turnedAway.incrementAndGet();
        return;
      }
      try {
        long before = count;
        if (parkNanos > 0) {
          LockSupport.parkNanos(parkNanos);
        }
        count = before + 1;
      } finally {
        unlock();
      }
    }

    void incrementReentrantly() {
      if (!lock()) {
        turnedAway.incrementAndGet();
        return;
      }
      try {
        increment();
      } finally {
        unlock();
      }
    }
  }

  /** A root never called through: the guard only tells it of contention, which changes nothing. */
  static RootCore<?> idleRoot() {
    return RootCore.of(
        new ClusterRoot<Runnable, Runnable>(
            "RepGuardContentionTest.Guarded", Policy.PER_PROCESSOR, 0, Concurrency.EXCLUSIVE) {
          @Override
          protected Runnable[] newRow(int length) {
            return new Runnable[length];
          }

          @Override
          protected Runnable newMissObject(RootCore<Runnable> core) {
            throw new AssertionError("never called through");
          }

          @Override
          protected Runnable newRep() {
            throw new AssertionError("never makes reps");
          }

          @Override
          protected Runnable guard(RootCore<Runnable> core, Runnable rep) {
            throw new AssertionError("never guards reps");
          }
        });
  }
}
