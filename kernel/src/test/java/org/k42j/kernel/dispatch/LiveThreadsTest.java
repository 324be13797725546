package org.k42j.kernel.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.machine.Machine;

/**
 * The live-thread count is kept per processor ({@link LiveThreads}): spawns from every processor
 * and from plain threads at once, and ends on every processor, add up exactly, and a shutdown waits
 * for every live thread and loses none that raced it.
 */
class LiveThreadsTest extends BootedKernel {
  private static final int PROCESSORS = 8;

  @Test
  void spawnsAndEndsOnEightProcessorsAndFromPlainThreadsAddUpExactly() throws Exception {
    boot(Machine.uniform(1, PROCESSORS));
    KernelScheduler scheduler = kernel.scheduler();
    LiveThreads counts = scheduler.liveCounts();
    AddressSpace app = kernel.createAddressSpace("app"); // a call on a kernel thread
    Dispatcher[] dispatchers = new Dispatcher[PROCESSORS];
    for (int p = 0; p < PROCESSORS; p++) {
      dispatchers[p] = app.createDispatcher(p);
    }
    awaitNoLiveThread(scheduler); // the call's thread ends just after its joiner is woken
    long spawnsBefore = counts.spawns();
    long endsBefore = counts.ends();
    int children = 400;
    int plainThreads = 4;
    int plainSpawns = 500;
    AtomicLong ran = new AtomicLong();
    List<UThread> parents = new ArrayList<>();
    for (int p = 0; p < PROCESSORS; p++) {
      int home = p;
      parents.add(
          dispatchers[p].spawn(
              "parent",
              () -> {
                List<UThread> mine = new ArrayList<>();
                for (int i = 0; i < children; i++) {
                  mine.add(
                      dispatchers[(home + i) % PROCESSORS].spawn(
                          "child",
                          () -> {
                            UThread.yieldNow();
                            ran.incrementAndGet();
                          }));
                }
                for (UThread child : mine) {
                  join(child);
                }
              }));
    }
    ConcurrentLinkedQueue<UThread> fromPlain = new ConcurrentLinkedQueue<>();
    List<Thread> spawners = new ArrayList<>();
    for (int t = 0; t < plainThreads; t++) {
      int first = t;
      Thread spawner =
          new Thread(
              () -> {
                for (int i = 0; i < plainSpawns; i++) {
                  fromPlain.add(
                      dispatchers[(first + i) % PROCESSORS].spawn("plain", ran::incrementAndGet));
                }
              });
      spawners.add(spawner);
      spawner.start();
    }
    assertTimeoutPreemptively(
        Duration.ofSeconds(120),
        () -> {
          for (Thread spawner : spawners) {
            spawner.join();
          }
          for (UThread parent : parents) {
            parent.join();
          }
          for (UThread thread : fromPlain) {
            thread.join();
          }
        });

    long expected = PROCESSORS + PROCESSORS * children + plainThreads * plainSpawns;
    assertEquals(PROCESSORS * children + plainThreads * plainSpawns, ran.get());
    // a thread's end is counted in its processor's context just after its joiners are woken
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (counts.ends() - endsBefore < expected && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals(expected, counts.spawns() - spawnsBefore);
    assertEquals(expected, counts.ends() - endsBefore);
    assertEquals(0, scheduler.liveThreads());
  }

  @Test
  void shutdownWaitsForEveryLiveThreadOnEveryProcessor() throws Exception {
    boot(Machine.uniform(2, PROCESSORS / 2));
    AddressSpace app = kernel.createAddressSpace("app");
    Dispatcher[] dispatchers = new Dispatcher[PROCESSORS];
    for (int p = 0; p < PROCESSORS; p++) {
      dispatchers[p] = app.createDispatcher(p);
    }
    int threads = 1_600;
    AtomicLong finished = new AtomicLong();
    for (int i = 0; i < threads; i++) {
      dispatchers[i % PROCESSORS].spawn(
          "slow",
          () -> {
            for (int y = 0; y < 5; y++) {
              UThread.yieldNow();
            }
            UThread.sleep(Duration.ofMillis(2));
            finished.incrementAndGet();
          });
    }
    assertTrue(kernel.scheduler().liveThreads() > 0, "the threads are still running");
    Kernel booted = kernel;
    kernel = null;
    ShutdownReport report =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120), () -> booted.shutdown(Duration.ofSeconds(100)));
    assertTrue(report.clean(), report.describe());
    assertEquals(threads, finished.get(), "shutdown returned before every thread ended");
    assertEquals(0, booted.scheduler().liveThreads(), "the count still answers after shutdown");
  }

  @Test
  void aSpawnRacingShutdownIsEitherRefusedOrRunToTheEnd() throws Exception {
    for (int round = 0; round < 5; round++) {
      boot(Machine.uniform(1, PROCESSORS));
      AddressSpace app = kernel.createAddressSpace("app");
      Dispatcher[] dispatchers = new Dispatcher[PROCESSORS];
      for (int p = 0; p < PROCESSORS; p++) {
        dispatchers[p] = app.createDispatcher(p);
      }
      AtomicLong admitted = new AtomicLong();
      AtomicLong refused = new AtomicLong();
      AtomicLong ran = new AtomicLong();
      CountDownLatch spawning = new CountDownLatch(4);
      List<Thread> spawners = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int first = t;
        Thread spawner =
            new Thread(
                () -> {
                  spawning.countDown();
                  // until refused; paced (a platform thread per user-level thread on the baton
                  // backend) and capped, so a stalled shutdown cannot make the host run out
                  for (int i = 0; i < 20_000; i++) {
                    try {
                      dispatchers[(first + i) % PROCESSORS].spawn("racer", ran::incrementAndGet);
                      admitted.incrementAndGet();
                      Thread.sleep(0, 200_000);
                    } catch (KernelClosedException | AddressSpaceExitedException closed) {
                      refused.incrementAndGet();
                      return;
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
        spawners.add(spawner);
        spawner.start();
      }
      assertTrue(spawning.await(10, TimeUnit.SECONDS));
      Thread.sleep(5 * round);
      Kernel booted = kernel;
      kernel = null;
      ShutdownReport report =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60), () -> booted.shutdown(Duration.ofSeconds(30)));
      for (Thread spawner : spawners) {
        spawner.join(10_000);
      }
      assertTrue(report.clean(), report.describe());
      assertEquals(4, refused.get(), "every spawner ran into the shutdown");
      assertEquals(admitted.get(), ran.get(), "an admitted thread was lost by the shutdown");
    }
  }

  private static void awaitNoLiveThread(KernelScheduler scheduler) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (scheduler.liveThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals(0, scheduler.liveThreads());
  }

  private static void join(UThread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
