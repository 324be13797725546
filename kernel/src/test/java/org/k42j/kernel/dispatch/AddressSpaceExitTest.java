package org.k42j.kernel.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.KernelShutdownException;
import org.k42j.kernel.machine.Machine;

/** An exiting address space cancels its threads, runs its exit actions once, and starts nothing. */
@Timeout(60)
class AddressSpaceExitTest extends BootedKernel {
  @Test
  void exitCancelsTheSpacesParkedAndSleepingThreadsAndLeavesOtherSpacesAlone() throws Exception {
    boot(Machine.uniform(1, 2));
    AddressSpace doomed = kernel.createAddressSpace("doomed");
    AddressSpace other = kernel.createAddressSpace("other");
    UThread parked = doomed.createDispatcher(0).spawn("parked", UThread::park);
    UThread sleeping =
        doomed.createDispatcher(1).spawn("sleeping", () -> UThread.sleep(Duration.ofHours(1)));
    AtomicInteger steps = new AtomicInteger();
    UThread bystander =
        other
            .createDispatcher(0)
            .spawn(
                "bystander",
                () -> {
                  for (int i = 0; i < 100; i++) {
                    steps.incrementAndGet();
                    UThread.yieldNow();
                  }
                });
    while (parked.runs() == 0 || sleeping.runs() == 0) {
      Thread.sleep(1); // both have started and blocked
    }
    doomed.exit();
    UThreadFailedException parkedFailure = assertThrows(UThreadFailedException.class, parked::join);
    ThreadCancelledException cancelled =
        assertInstanceOf(ThreadCancelledException.class, parkedFailure.getCause());
    assertTrue(cancelled.getMessage().contains("doomed"), cancelled.getMessage());
    assertThrows(UThreadFailedException.class, sleeping::join);
    bystander.join();
    assertEquals(100, steps.get());
    assertFalse(other.isExited());
    assertTrue(doomed.isExited());
  }

  @Test
  void exitActionsRunOnceAndLateOnesRunAtOnce() {
    boot(Machine.uniform(1, 1));
    AddressSpace space = kernel.createAddressSpace("space");
    AtomicInteger ran = new AtomicInteger();
    space.onExit(ran::incrementAndGet);
    space.onExit(
        () -> {
          throw new IllegalStateException("a failing action");
        });
    space.onExit(ran::incrementAndGet);
    space.exit();
    space.exit();
    assertEquals(2, ran.get()); // the failing action did not stop the others
    space.onExit(ran::incrementAndGet);
    assertEquals(3, ran.get());
    assertThrows(AddressSpaceExitedException.class, () -> space.createDispatcher(0));
    List<Dispatcher> none = space.dispatchers();
    assertTrue(none.isEmpty());
    // the failing action is not lost: shutdown reports it as a kernel fault
    Kernel booted = kernel;
    kernel = null;
    KernelShutdownException report = assertThrows(KernelShutdownException.class, booted::shutdown);
    assertTrue(report.getMessage().contains("a failing action"), report.getMessage());
  }

  @Test
  void anExitedSpaceSpawnsNoThreads() {
    boot(Machine.uniform(1, 1));
    AddressSpace space = kernel.createAddressSpace("space");
    Dispatcher dispatcher = space.createDispatcher(0);
    space.exit();
    AddressSpaceExitedException refused =
        assertThrows(AddressSpaceExitedException.class, () -> dispatcher.spawn("late", () -> {}));
    assertTrue(refused.getMessage().contains("create a new address space"), refused.getMessage());
  }
}
