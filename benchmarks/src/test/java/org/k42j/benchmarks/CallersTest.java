package org.k42j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CallersTest {
  @Test
  void sharesSplitTheTotalExactlyAndEvenly() {
    for (int callers : new int[] {1, 2, 3, 8, 64, 10_000}) {
      long total = 1_048_579;
      long sum = 0;
      for (int i = 0; i < callers; i++) {
        long share = Callers.share(total, callers, i);
        assertTrue(share == total / callers || share == total / callers + 1, "share " + share);
        sum += share;
      }
      assertEquals(total, sum, callers + " callers");
    }
  }

  @Test
  void everyShotMakesExactlyItsCallsOnEveryCallerMoreThreadsThanCores() throws Exception {
    int callers = 64;
    AtomicLongArray perCaller = new AtomicLongArray(callers);
    AtomicLong all = new AtomicLong();
    long calls = 100_003;
    try (Callers harness =
        new Callers(
            new CallerCount(callers, false),
            index ->
                () -> {
                  perCaller.incrementAndGet(index);
                  all.incrementAndGet();
                },
            calls,
            TimeUnit.SECONDS.toNanos(60))) {
      for (int shot = 1; shot <= 3; shot++) {
        harness.arm();
        harness.fire();
        harness.disarm();
        assertEquals(shot * calls, all.get());
      }
    }
    for (int i = 0; i < callers; i++) {
      assertEquals(3 * Callers.share(calls, callers, i), perCaller.get(i), "caller " + i);
    }
  }

  @Test
  void aShotOverItsBoundStopsAndFailsNamingTheRate() throws Exception {
    try (Callers harness =
        new Callers(
            new CallerCount(2, false),
            index ->
                () -> {
                  try {
                    Thread.sleep(1);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
            1_000_000,
            TimeUnit.MILLISECONDS.toNanos(300))) {
      harness.arm();
      long start = System.nanoTime();
      harness.fire();
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30));
      Callers.ShotTooLongException e =
          assertThrows(Callers.ShotTooLongException.class, harness::disarm);
      assertTrue(e.getMessage().startsWith("shot over its bound of 300 ms"), e.getMessage());
    }
  }

  @Test
  void callersStuckInsideACallFailTheShotAfterTheBoundAndItsGrace() throws Exception {
    java.util.concurrent.CountDownLatch unstick = new java.util.concurrent.CountDownLatch(1);
    try (Callers harness =
        new Callers(
            new CallerCount(3, false),
            index ->
                () -> {
                  if (index == 0) {
                    try {
                      unstick.await(); // a call that does not return (as a lost wake-up would)
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                },
            30_000,
            TimeUnit.MILLISECONDS.toNanos(200))) {
      harness.arm();
      IllegalStateException e = assertThrows(IllegalStateException.class, harness::fire);
      assertTrue(
          e.getMessage()
              .startsWith("callers did not stop 10 s after the shot's bound of 200 ms: 1 of 3"),
          e.getMessage());
      unstick.countDown();
    }
  }

  @Test
  void aFailingCallFailsTheShot() throws Exception {
    try (Callers harness =
        new Callers(
            new CallerCount(4, false),
            index ->
                () -> {
                  throw new IllegalStateException("boom " + index);
                },
            100,
            TimeUnit.SECONDS.toNanos(60))) {
      harness.arm();
      harness.fire();
      IllegalStateException e = assertThrows(IllegalStateException.class, harness::disarm);
      assertTrue(e.getMessage().startsWith("a caller failed"), e.getMessage());
    }
  }

  @Test
  void tenThousandVirtualCallersMakeExactlyTheTotalOnJdk21() throws Exception {
    Assumptions.assumeTrue(Callers.VirtualThreads.available(), "JDK 21+ only");
    AtomicLong all = new AtomicLong();
    try (Callers harness =
        new Callers(
            new CallerCount(10_000, true),
            index -> all::incrementAndGet,
            100_000,
            TimeUnit.SECONDS.toNanos(60))) {
      harness.arm();
      harness.fire();
      harness.disarm();
    }
    assertEquals(100_000, all.get());
  }

  @Test
  void virtualCallersBeforeJdk21AreRefusedWithTheReason() {
    Assumptions.assumeFalse(Callers.VirtualThreads.available(), "JDK 17-20 only");
    UnsupportedOperationException e =
        assertThrows(
            UnsupportedOperationException.class,
            () -> new Callers(new CallerCount(10, true), index -> () -> {}, 100, 1_000_000_000L));
    assertTrue(e.getMessage().startsWith("virtual threads need JDK 21 or later"), e.getMessage());
  }

  @Test
  void callerCountsParseAndNameThemselves() {
    assertEquals(new CallerCount(64, false), CallerCount.parse("64"));
    assertEquals(new CallerCount(10_000, true), CallerCount.parse("virtual-10000"));
    assertEquals("virtual-10000", CallerCount.parse("virtual-10000").param());
    assertEquals("10,000 virtual threads", CallerCount.parse("virtual-10000").label());
    assertEquals("1 thread", CallerCount.parse("1").label());
    assertThrows(IllegalArgumentException.class, () -> CallerCount.parse("many"));
    assertThrows(IllegalArgumentException.class, () -> CallerCount.parse("0"));
  }
}
