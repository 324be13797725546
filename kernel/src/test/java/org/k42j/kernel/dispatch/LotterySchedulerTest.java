package org.k42j.kernel.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LotterySchedulerTest {
  private static final int DECISIONS = 100_000;

  record Entry(String name, int priority, int tickets) implements Schedulable {}

  @Test
  void higherPriorityIsAlwaysChosenWhileItIsReady() {
    LotteryScheduler<Entry> scheduler = new LotteryScheduler<>();
    Entry high = new Entry("high", 2, 1);
    Entry low = new Entry("low", 1, 1_000_000);
    scheduler.add(low);
    scheduler.add(high);
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < DECISIONS; i++) {
      assertSame(high, scheduler.pick(random));
    }
    scheduler.remove(high);
    assertSame(low, scheduler.pick(random));
    scheduler.remove(low);
    assertNull(scheduler.pick(random));
  }

  @Test
  void lotterySharesStayWithinThreePercentOfTheTicketRatioOverAHundredThousandDecisions() {
    int[] tickets = {100, 200, 300, 400};
    LotteryScheduler<Entry> scheduler = new LotteryScheduler<>();
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < tickets.length; i++) {
      entries.add(new Entry("t" + i, 0, tickets[i]));
      scheduler.add(entries.get(i));
    }
    int[] wins = new int[tickets.length];
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < DECISIONS; i++) {
      wins[entries.indexOf(scheduler.pick(random))]++;
    }
    for (int i = 0; i < tickets.length; i++) {
      double expected = tickets[i] / 1000.0;
      double share = wins[i] / (double) DECISIONS;
      assertTrue(
          Math.abs(share - expected) <= 0.03 * expected,
          "entry " + i + ": share " + share + ", expected " + expected);
    }
  }

  @Test
  void anEntryWithOneTicketInAThousandIsNotStarved() {
    LotteryScheduler<Entry> scheduler = new LotteryScheduler<>();
    Entry poor = new Entry("poor", 0, 1);
    Entry rich = new Entry("rich", 0, 999);
    scheduler.add(poor);
    scheduler.add(rich);
    SplittableRandom random = new SplittableRandom(7);
    int wins = 0;
    int gap = 0;
    int longestGap = 0;
    for (int i = 0; i < DECISIONS; i++) {
      if (scheduler.pick(random) == poor) {
        wins++;
        gap = 0;
      } else {
        longestGap = Math.max(longestGap, ++gap);
      }
    }
    // expected 100 wins, one every 1000 decisions on average
    assertTrue(wins >= 70 && wins <= 130, "wins: " + wins);
    assertTrue(longestGap < 12_000, "longest run without the poor entry: " + longestGap);
  }

  @Test
  void theSameSeedReplaysTheSameDecisionsAndAnotherSeedDoesNot() {
    assertEquals(decisions(11), decisions(11));
    assertNotEquals(decisions(11), decisions(12));
  }

  private static List<String> decisions(long seed) {
    LotteryScheduler<Entry> scheduler = new LotteryScheduler<>();
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      entries.add(new Entry("e" + i, i % 2, 10 + i));
      scheduler.add(entries.get(i));
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      Entry entry = scheduler.pick(random);
      picked.add(entry.name());
      scheduler.remove(entry); // as a dispatcher does: run it, then make it ready again
      scheduler.add(entry);
    }
    return picked;
  }

  @Test
  void addsAndRemovesKeepExactlyTheReadyEntriesAndTheirTickets() {
    LotteryScheduler<Entry> scheduler = new LotteryScheduler<>();
    Set<Entry> model = new HashSet<>();
    List<Entry> universe = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      universe.add(new Entry("u" + i, i % 3, 1 + i));
    }
    Random operations = new Random(3);
    SplittableRandom random = new SplittableRandom(3);
    for (int step = 0; step < 20_000; step++) {
      Entry entry = universe.get(operations.nextInt(universe.size()));
      if (model.contains(entry)) {
        assertTrue(scheduler.remove(entry));
        model.remove(entry);
      } else {
        scheduler.add(entry);
        model.add(entry);
      }
      assertEquals(model.size(), scheduler.size());
      Entry picked = scheduler.pick(random);
      if (model.isEmpty()) {
        assertNull(picked);
      } else {
        int top = model.stream().mapToInt(Entry::priority).max().getAsInt();
        assertTrue(model.contains(picked));
        assertEquals(top, picked.priority());
      }
    }
  }

  @Test
  void anEntryWithoutTicketsOrReadyTwiceIsRefused() {
    LotteryScheduler<Entry> scheduler = new LotteryScheduler<>();
    assertThrows(IllegalArgumentException.class, () -> scheduler.add(new Entry("none", 0, 0)));
    Entry entry = new Entry("once", 0, 1);
    scheduler.add(entry);
    assertThrows(IllegalStateException.class, () -> scheduler.add(entry));
  }

  @Test
  void readyingAndTakingEntriesAllocatesNothingOnceWarm() {
    // every thread switch, and several per PPC, adds and removes entries: a processor at work
    // must not feed the collector from its scheduler (levels that empty are kept, no boxing)
    LotteryScheduler<Entry> scheduler = new LotteryScheduler<>();
    Entry ordinary = new Entry("ordinary", 0, 100);
    Entry server = new Entry("server", 1 << 20, 100); // a priority beyond the Integer cache
    Entry other = new Entry("other", 0, 50);
    SplittableRandom random = new SplittableRandom(5);
    Runnable cycles =
        () -> {
          for (int i = 0; i < 100_000; i++) {
            scheduler.add(ordinary);
            scheduler.add(server);
            scheduler.add(other);
            scheduler.remove(scheduler.pick(random)); // the server entry: highest priority
            scheduler.remove(ordinary);
            if (scheduler.maxPriority() != 0) {
              throw new AssertionError("only priority 0 is ready");
            }
            scheduler.remove(other);
          }
        };
    cycles.run(); // levels, tables and the JIT warm
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    cycles.run();
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // the old scheduler rebuilt a level and boxed priorities on each cycle: megabytes here
    assertTrue(allocated < 10_000, allocated + " bytes for 100,000 cycles");
    assertTrue(scheduler.isEmpty());
  }

  @Test
  void everNewPrioritiesKeepOnlyABoundedNumberOfEmptyLevels() {
    LotteryScheduler<Entry> scheduler = new LotteryScheduler<>();
    Entry steady = new Entry("steady", 5, 1);
    scheduler.add(steady);
    SplittableRandom random = new SplittableRandom(9);
    for (int priority = 100; priority < 1_100; priority++) {
      Entry passing = new Entry("p" + priority, priority, 1);
      scheduler.add(passing);
      assertSame(passing, scheduler.pick(random));
      assertEquals(priority, scheduler.maxPriority());
      scheduler.remove(passing);
      assertSame(steady, scheduler.pick(random));
      assertEquals(5, scheduler.maxPriority());
      assertTrue(
          scheduler.levelCount() <= LotteryScheduler.KEPT_EMPTY_LEVELS + 2,
          scheduler.levelCount() + " levels");
    }
    // a lower priority arriving after pruning is placed below the steady one
    Entry low = new Entry("low", -3, 1);
    scheduler.add(low);
    assertSame(steady, scheduler.pick(random));
    scheduler.remove(steady);
    assertSame(low, scheduler.pick(random));
    assertEquals(-3, scheduler.maxPriority());
  }
}
