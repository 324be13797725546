package org.k42j.kernel.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.annotations.Policy;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.KernelOptions;
import org.k42j.kernel.backend.BatonBackend;
import org.k42j.kernel.backend.ContinuationBackend;
import org.k42j.kernel.fixture.NodeLedger;
import org.k42j.kernel.fixture.NodeLedgerRep;
import org.k42j.kernel.fixture.NodeLedger_Factory;
import org.k42j.kernel.machine.Machine;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.lifecycle.Requests;

/**
 * The runtime's waits under the kernel, on both backends: an exclusive per-node rep is guarded
 * (several processors share it), its methods give up the processor inside the rep, and two
 * user-level threads per processor call it. The guard's owner is the user-level thread, not its
 * carrier (on the continuation backend a second thread of the processor would otherwise re-enter
 * the rep and lose updates), and a waiter parks through the dispatcher (on the baton backend a
 * spinning waiter would hold the baton its owner needs). Hot swaps and a destroy are called from a
 * user-level thread while the others call. Exact totals; every wait bounded.
 */
@Timeout(180)
class GuardedRepOnUserThreadsTest extends BootedKernel {
  private static final long HANG_SECONDS = 120;

  @Test
  void userThreadsYieldingInsideAGuardedRepCountExactlyOnTheBaton() throws Exception {
    twoThreadsPerProcessorCountExactly(new KernelOptions(1, Duration.ofSeconds(10), baton()));
  }

  @Test
  void userThreadsYieldingInsideAGuardedRepCountExactlyOnContinuations() throws Exception {
    assumeTrue(ContinuationBackend.available(), ContinuationBackend.unavailableReason());
    twoThreadsPerProcessorCountExactly(
        new KernelOptions(1, Duration.ofSeconds(10), new ContinuationBackend()));
  }

  @Test
  void hotSwapsAndADestroyFromAUserThreadWhileOthersCallOnTheBaton() throws Exception {
    swapsAndDestroyFromAUserThread(new KernelOptions(2, Duration.ofSeconds(10), baton()));
  }

  @Test
  void hotSwapsAndADestroyFromAUserThreadWhileOthersCallOnContinuations() throws Exception {
    assumeTrue(ContinuationBackend.available(), ContinuationBackend.unavailableReason());
    swapsAndDestroyFromAUserThread(
        new KernelOptions(2, Duration.ofSeconds(10), new ContinuationBackend()));
  }

  private static BatonBackend baton() {
    return new BatonBackend();
  }

  /**
   * One node of two processors (one shared rep) and two nodes of two (two reps): two user-level
   * threads per processor, each updating across a yield or a sleep inside the rep.
   */
  private void twoThreadsPerProcessorCountExactly(KernelOptions options) throws Exception {
    for (Machine machine : List.of(Machine.uniform(1, 2), Machine.uniform(2, 2))) {
      Kernel booted = boot(machine, options);
      NodeLedger ledger = NodeLedger_Factory.create();
      AddressSpace app = booted.createAddressSpace("app");
      int yielding = 400;
      int sleeping = 50;
      List<UThread> threads = new ArrayList<>();
      for (int p = 0; p < machine.processorCount(); p++) {
        Dispatcher dispatcher = app.createDispatcher(p);
        for (int t = 0; t < 2; t++) {
          threads.add(
              dispatcher.spawn(
                  "caller" + t,
                  () -> {
                    for (int i = 0; i < yielding; i++) {
                      ledger.addYielding(1);
                    }
                    for (int i = 0; i < sleeping; i++) {
                      ledger.addSleeping(1);
                    }
                  }));
        }
      }
      joinAll(threads);
      long expected = (long) threads.size() * (yielding + sleeping);
      assertEquals(expected, ledger.total(), "updates lost on " + machine);
      shutDownKernel();
    }
  }

  private void swapsAndDestroyFromAUserThread(KernelOptions options) throws Exception {
    Machine machine = Machine.uniform(1, 2);
    Kernel booted = boot(machine, options);
    AddressSpace app = booted.createAddressSpace("app");
    List<Dispatcher> dispatchers = List.of(app.createDispatcher(0), app.createDispatcher(1));

    // Hot swaps from a user-level thread of processor 0 while two threads per processor call
    // (inside requests: the continuation backend's threads are not in a thread dump).
    NodeLedger swapped = NodeLedger_Factory.create();
    int calls = 300;
    List<UThread> callers = new ArrayList<>();
    for (Dispatcher dispatcher : dispatchers) {
      for (int t = 0; t < 2; t++) {
        callers.add(
            dispatcher.spawn(
                "caller" + t,
                () -> {
                  for (int i = 0; i < calls; i++) {
                    Requests.run(() -> swapped.addYielding(1));
                  }
                }));
      }
    }
    Policy[] policies = {Policy.SINGLE, Policy.PER_PROCESSOR, Policy.PER_NODE};
    AtomicLong swaps = new AtomicLong();
    UThread swapper =
        dispatchers
            .get(0)
            .spawn(
                "swapper",
                () -> {
                  for (int s = 0; s < 12; s++) {
                    ClusteredObjects.hotSwap(swapped, policies[s % policies.length]);
                    swaps.incrementAndGet();
                    UThread.sleep(Duration.ofMillis(1));
                  }
                });
    List<UThread> all = new ArrayList<>(callers);
    all.add(swapper);
    joinAll(all);
    assertEquals(12, swaps.get());
    assertEquals((long) callers.size() * calls, swapped.total(), "updates lost across swaps");

    // A destroy from a user-level thread of processor 1 while the others call, until refused.
    NodeLedger destroyed = NodeLedger_Factory.create();
    long cleanedBefore = NodeLedgerRep.CLEANED_COUNT.get();
    AtomicLong succeeded = new AtomicLong();
    List<UThread> destroyCallers = new ArrayList<>();
    for (Dispatcher dispatcher : dispatchers) {
      for (int t = 0; t < 2; t++) {
        destroyCallers.add(
            dispatcher.spawn(
                "user" + t,
                () -> {
                  while (true) {
                    try {
                      Requests.run(() -> destroyed.addYielding(1));
                      succeeded.incrementAndGet();
                    } catch (ClusteredObjectDestroyedException refused) {
                      return;
                    }
                  }
                }));
      }
    }
    AtomicReference<Throwable> cleanup = new AtomicReference<>();
    UThread destroyer =
        dispatchers
            .get(1)
            .spawn(
                "destroyer",
                () -> {
                  while (succeeded.get() < 200) {
                    UThread.sleep(Duration.ofMillis(1));
                  }
                  ClusteredObjects.destroy(destroyed);
                  ClusteredObjects.cleanedUp(destroyed)
                      .whenComplete((done, failure) -> cleanup.set(failure));
                });
    List<UThread> everyone = new ArrayList<>(destroyCallers);
    everyone.add(destroyer);
    joinAll(everyone);
    ClusteredObjects.cleanedUp(destroyed).get(HANG_SECONDS, TimeUnit.SECONDS);
    assertEquals(null, cleanup.get());
    assertEquals(
        succeeded.get(),
        NodeLedgerRep.CLEANED_COUNT.get() - cleanedBefore,
        "every call that succeeded is in the destroyed reps' counts, and no other");
  }

  /** Joins user-level threads from the test's plain thread, failing as a hang after a bound. */
  private static void joinAll(List<UThread> threads) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(threads.size());
    for (UThread thread : threads) {
      thread.whenDone(done::countDown);
    }
    assertTrue(
        done.await(HANG_SECONDS, TimeUnit.SECONDS),
        "user-level threads did not finish: a hang; unfinished: " + unfinished(threads));
    for (UThread thread : threads) {
      if (thread.failure() != null) {
        throw new AssertionError(thread + " failed", thread.failure());
      }
    }
  }

  private static List<String> unfinished(List<UThread> threads) {
    List<String> names = new ArrayList<>();
    for (UThread thread : threads) {
      if (!thread.isDone()) {
        names.add(thread.toString());
      }
    }
    return names;
  }
}
