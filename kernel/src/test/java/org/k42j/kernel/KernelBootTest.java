package org.k42j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.KernelClosedException;
import org.k42j.kernel.dispatch.ShutdownReport;
import org.k42j.kernel.dispatch.ThreadCancelledException;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.kernel.fixture.Tally;
import org.k42j.kernel.fixture.Tally_Factory;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.vp.NotOnVirtualProcessorException;
import org.k42j.kernel.vp.VirtualProcessorIdentity;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.ThreadSlotIdentity;

class KernelBootTest extends BootedKernel {
  @Test
  void sixtyFourProcessorMachineBootsRunsEveryProcessorAndLeavesNoThreadBehind() throws Exception {
    Machine machine = Machine.uniform(4, 16);
    boot(machine);
    assertTrue(Processors.identity() instanceof VirtualProcessorIdentity);
    assertTrue(Processors.oneThreadPerProcessor());
    assertSame(machine, Processors.topology());
    Tally tally = Tally_Factory.create();
    AddressSpace app = kernel.createAddressSpace("app");
    AtomicIntegerArray seenId = new AtomicIntegerArray(64);
    AtomicIntegerArray seenNode = new AtomicIntegerArray(64);
    AtomicIntegerArray servedBy = new AtomicIntegerArray(64);
    List<UThread> threads = new ArrayList<>();
    for (int processor = 0; processor < 64; processor++) {
      int p = processor;
      Dispatcher dispatcher = app.createDispatcher(p);
      threads.add(
          dispatcher.spawn(
              "probe",
              () -> {
                seenId.set(p, Processors.current());
                seenNode.set(p, Processors.nodeOf(Processors.current()));
                for (int i = 0; i < 1000; i++) {
                  tally.add();
                }
                servedBy.set(p, tally.servedBy());
              }));
    }
    for (UThread thread : threads) {
      thread.join();
    }
    for (int p = 0; p < 64; p++) {
      assertEquals(p, seenId.get(p));
      assertEquals(p / 16, seenNode.get(p));
      assertEquals(p, servedBy.get(p));
    }
    assertEquals(64_000, tally.total());
    assertEquals(64, tally.reps());

    ShutdownReport report = kernel.shutdown();
    kernel = null;

    assertTrue(report.clean(), report.describe());
    assertEquals(List.of(), KernelThreads.alive());
    assertFalse(Processors.identity() instanceof VirtualProcessorIdentity);
  }

  @Test
  void bootingTwiceIsRefusedWithTheBootedKernelNamed() {
    boot(Machine.uniform(1, 2));
    KernelAlreadyBootedException refused =
        assertThrows(KernelAlreadyBootedException.class, () -> Kernel.boot(Machine.uniform(1, 2)));
    assertTrue(refused.getMessage().contains("shut it down first"), refused.getMessage());
    assertSame(kernel, Kernel.current());
  }

  @Test
  void currentWithoutABootedKernelIsANamedError() {
    assertThrows(KernelNotBootedException.class, Kernel::current);
  }

  @Test
  void plainThreadCallingAClusteredObjectGetsToldToUseAVirtualProcessor() {
    boot(Machine.uniform(1, 2));
    Tally tally = Tally_Factory.create();
    NotOnVirtualProcessorException refused =
        assertThrows(NotOnVirtualProcessorException.class, tally::add);
    assertTrue(refused.getMessage().contains("Dispatcher.spawn"), refused.getMessage());
    assertEquals(0, tally.total()); // a gather names no processor: fine from any thread
  }

  @Test
  void callRunsTheTaskOnTheGivenProcessorAndReturnsItsResult() {
    boot(Machine.uniform(2, 3));
    assertEquals(4, kernel.call(4, Processors::current));
    assertEquals(1, kernel.call(4, () -> Processors.nodeOf(Processors.current())));
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                kernel.call(
                    0,
                    () -> {
                      throw new IllegalArgumentException("from the task");
                    }));
    assertEquals("from the task", thrown.getMessage());
  }

  @Test
  void processesAreRegisteredInTheClusteredProcessTableAndFoundByPid() {
    boot(Machine.uniform(2, 2));
    AddressSpace a = kernel.createAddressSpace("a");
    AddressSpace b = kernel.createAddressSpace("b");
    AddressSpace c = kernel.createAddressSpace("c");
    assertEquals(0, kernel.kernelSpace().pid());
    assertSame(a, kernel.process(a.pid()));
    assertSame(b, kernel.process(b.pid()));
    assertSame(c, kernel.process(c.pid()));
    assertEquals(null, kernel.process(12345));
    assertEquals(List.of(kernel.kernelSpace(), a, b, c), kernel.processes());
    // registered on processors in turn: each pid names its home processor
    assertEquals(List.of(1, 2, 3), List.of(a.pid() % 4, b.pid() % 4, c.pid() % 4));
  }

  @Test
  void callRethrowsWhatTheTaskThrewErrorsAndRuntimeExceptionsAsTheyAre() {
    boot(Machine.uniform(1, 2));
    IllegalArgumentException runtime = new IllegalArgumentException("bad argument");
    AssertionError error = new AssertionError("broken invariant");
    IOException checked = new IOException("disk gone");

    Callable<Object> throwsRuntime =
        () -> {
          throw runtime;
        };
    Callable<Object> throwsError =
        () -> {
          throw error;
        };
    Callable<Object> throwsChecked =
        () -> {
          throw checked;
        };

    assertSame(
        runtime, assertThrows(IllegalArgumentException.class, () -> kernel.call(1, throwsRuntime)));
    assertSame(error, assertThrows(AssertionError.class, () -> kernel.call(1, throwsError)));
    assertSame(
        checked,
        assertThrows(CompletionException.class, () -> kernel.call(1, throwsChecked)).getCause());
  }

  @Test
  void shutdownCancelsThreadsStillBlockedReportsThemAndLeavesNoThreadBehind() {
    boot(Machine.uniform(1, 2));
    Dispatcher dispatcher = kernel.createAddressSpace("stuck").createDispatcher(1);
    UThread stuck = dispatcher.spawn("waits-forever", UThread::park);
    Kernel booted = kernel;
    kernel = null;

    KernelShutdownException thrown =
        assertThrows(KernelShutdownException.class, () -> booted.shutdown(Duration.ofMillis(50)));

    assertEquals(1, thrown.report().cancelledThreads().size(), thrown.getMessage());
    assertTrue(thrown.report().cancelledThreads().get(0).contains("waits-forever"));
    assertTrue(stuck.isDone());
    assertTrue(stuck.failure() instanceof ThreadCancelledException);
    assertEquals(List.of(), KernelThreads.alive());
    assertThrows(KernelClosedException.class, () -> dispatcher.spawn("late", () -> {}));
    assertThrows(KernelNotBootedException.class, () -> booted.createAddressSpace("late"));
  }

  @Test
  void shutdownFromAVirtualProcessorIsRefusedAndLeavesTheKernelRunning() {
    boot(Machine.uniform(1, 2));
    Kernel booted = kernel;
    RuntimeException refused =
        kernel.call(
            1,
            () -> {
              try {
                booted.shutdown();
                return null;
              } catch (ShutdownFromVirtualProcessorException e) {
                return e;
              }
            });
    assertTrue(refused instanceof ShutdownFromVirtualProcessorException);
    assertTrue(refused.getMessage().contains("plain thread"), refused.getMessage());
    assertEquals(1, kernel.call(1, Processors::current)); // still up
  }

  @Test
  void threadsStillRunningWhenShutdownBeginsMayFinishTheirWorkThroughTheKernel() throws Exception {
    boot(Machine.uniform(1, 2));
    Dispatcher dispatcher = kernel.createAddressSpace("app").createDispatcher(0);
    AddressSpace[] late = {null};
    int[] ranOn = {-1};
    UThread finisher =
        dispatcher.spawn(
            "finisher",
            () -> {
              while (!kernel().scheduler().closing()) {
                UThread.sleep(Duration.ofMillis(1)); // until shutdown has begun
              }
              late[0] = kernel().createAddressSpace("late");
              ranOn[0] = kernel().call(1, Processors::current);
            });
    Kernel booted = kernel;
    kernel = null;

    ShutdownReport report = booted.shutdown(Duration.ofSeconds(20));

    assertTrue(report.clean(), report.describe());
    assertTrue(finisher.isDone());
    assertEquals(null, finisher.failure());
    assertEquals("late", late[0].name());
    assertEquals(1, ranOn[0]);
  }

  private static Kernel kernel() {
    return Kernel.current();
  }

  @Test
  void shutdownRestoresTheIdentityInstalledBeforeBoot() {
    ThreadSlotIdentity before = new ThreadSlotIdentity(3);
    try (Processors.Installation outer =
        Processors.install(before, org.k42j.runtime.spi.UniformTopology.single())) {
      Kernel.boot(Machine.uniform(1, 2)).shutdown();
      assertSame(before, Processors.identity());
    }
  }
}
