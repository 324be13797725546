package org.k42j.kernel.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.KernelOptions;
import org.k42j.kernel.machine.Machine;

/**
 * Scheduling order on a real virtual processor: every test spawns its threads from a starter thread
 * on the same processor, so all are ready before any runs, and the order depends only on
 * priorities, tickets and the seed.
 */
@Timeout(60)
class SchedulingOrderTest extends BootedKernel {
  /** Spawns {@code spawn}'s threads from a starter on the dispatcher's processor; joins all. */
  private static List<UThread> startTogether(Dispatcher dispatcher, Spawner spawn)
      throws InterruptedException {
    List<UThread> threads = Collections.synchronizedList(new ArrayList<>());
    UThread starter = dispatcher.spawn("starter", 100, 1, () -> spawn.spawnAll(threads));
    starter.join();
    for (UThread thread : List.copyOf(threads)) {
      thread.join();
    }
    return threads;
  }

  interface Spawner {
    void spawnAll(List<UThread> into);
  }

  @Test
  void everyStepOfAHigherPriorityThreadRunsBeforeAnyStepOfALowerOne() throws Exception {
    boot(Machine.uniform(1, 1));
    Dispatcher dispatcher = kernel.createAddressSpace("app").createDispatcher(0);
    List<Integer> trace = Collections.synchronizedList(new ArrayList<>());
    startTogether(
        dispatcher,
        into -> {
          for (int i = 0; i < 6; i++) {
            int priority = i % 3; // two threads each of priorities 0, 1, 2
            into.add(
                dispatcher.spawn(
                    "p" + priority + "-" + i,
                    priority,
                    10,
                    () -> {
                      for (int step = 0; step < 20; step++) {
                        trace.add(priority);
                        UThread.yieldNow();
                      }
                    }));
          }
        });
    List<Integer> expected = new ArrayList<>();
    for (int priority = 2; priority >= 0; priority--) {
      expected.addAll(Collections.nCopies(40, priority));
    }
    assertEquals(expected, trace);
  }

  @Test
  void aHigherClassDispatcherRunsBeforeALowerOneOnTheSameProcessor() throws Exception {
    boot(Machine.uniform(1, 1));
    AddressSpace app = kernel.createAddressSpace("app");
    Dispatcher background = app.createDispatcher(0, 0, 100, Upcalls.NONE);
    Dispatcher interactive = app.createDispatcher(0, 1, 1, Upcalls.NONE);
    List<String> trace = Collections.synchronizedList(new ArrayList<>());
    startTogether(
        interactive,
        into -> {
          into.add(background.spawn("bg", () -> steps("bg", trace)));
          into.add(interactive.spawn("ui", () -> steps("ui", trace)));
        });
    List<String> expected = new ArrayList<>(Collections.nCopies(10, "ui"));
    expected.addAll(Collections.nCopies(10, "bg"));
    assertEquals(expected, trace);
  }

  private static void steps(String name, List<String> trace) {
    for (int step = 0; step < 10; step++) {
      trace.add(name);
      UThread.yieldNow();
    }
  }

  @Test
  void lotteryGivesThreadsTheirTicketShareWithinThreePercentOverAHundredThousandDecisions()
      throws Exception {
    boot(Machine.uniform(1, 1));
    Dispatcher dispatcher = kernel.createAddressSpace("app").createDispatcher(0);
    int[] tickets = {100, 200, 300};
    long[] counted = new long[3];
    int decisions = 100_000;
    int[] total = {0}; // only touched by threads of one processor, one at a time
    boolean[] stop = {false};
    List<UThread> threads =
        startTogether(
            dispatcher,
            into -> {
              for (int i = 0; i < 3; i++) {
                int index = i;
                into.add(
                    dispatcher.spawn(
                        "t" + i,
                        0,
                        tickets[i],
                        () -> {
                          while (!stop[0]) {
                            counted[index]++;
                            if (++total[0] == decisions) {
                              stop[0] = true;
                            }
                            UThread.yieldNow();
                          }
                        }));
              }
            });
    assertEquals(3, threads.size());
    for (int i = 0; i < 3; i++) {
      double share = counted[i] / (double) decisions;
      double expected = tickets[i] / 600.0;
      assertTrue(
          Math.abs(share - expected) <= 0.03 * expected,
          "thread " + i + ": share " + share + ", expected " + expected);
    }
  }

  @Test
  void theSameSeedReplaysTheSameInterleavingAndAnotherSeedDoesNot() throws Exception {
    List<String> first = interleaving(5);
    List<String> again = interleaving(5);
    List<String> other = interleaving(6);
    assertEquals(first, again);
    assertNotEquals(first, other);
  }

  private List<String> interleaving(long seed) throws Exception {
    boot(Machine.uniform(1, 2), KernelOptions.defaults().withSeed(seed));
    Dispatcher dispatcher = kernel.createAddressSpace("app").createDispatcher(1);
    List<String> trace = Collections.synchronizedList(new ArrayList<>());
    startTogether(
        dispatcher,
        into -> {
          for (int i = 0; i < 4; i++) {
            String name = "t" + i;
            into.add(
                dispatcher.spawn(
                    name,
                    0,
                    10 * (i + 1),
                    () -> {
                      for (int step = 0; step < 50; step++) {
                        trace.add(name);
                        UThread.yieldNow();
                      }
                    }));
          }
        });
    kernel.shutdown();
    kernel = null;
    return List.copyOf(trace);
  }

  @Test
  void noThreadStarvesInsideItsPriorityEvenWithOneTicketAgainstAThousand() throws Exception {
    boot(Machine.uniform(1, 1));
    Dispatcher dispatcher = kernel.createAddressSpace("app").createDispatcher(0);
    boolean[] poorDone = {false};
    long[] richSteps = {0};
    startTogether(
        dispatcher,
        into -> {
          into.add(
              dispatcher.spawn(
                  "rich",
                  0,
                  1000,
                  () -> {
                    while (!poorDone[0]) {
                      richSteps[0]++;
                      UThread.yieldNow();
                    }
                  }));
          into.add(
              dispatcher.spawn(
                  "poor",
                  0,
                  1,
                  () -> {
                    for (int step = 0; step < 5; step++) {
                      UThread.yieldNow();
                    }
                    poorDone[0] = true;
                  }));
        });
    // the poor thread needs 6 wins at about 1 in 1001 each: about 6000 rich steps
    assertTrue(poorDone[0]);
    assertTrue(richSteps[0] > 100 && richSteps[0] < 60_000, "rich steps: " + richSteps[0]);
  }
}
