package org.k42j.kernel.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.KernelOptions;
import org.k42j.kernel.KernelShutdownException;
import org.k42j.kernel.KernelThreads;
import org.k42j.kernel.RefusingBackend;
import org.k42j.kernel.machine.Machine;
import org.k42j.runtime.Processors;

/**
 * A thread the backend cannot run (as when the host refuses another platform thread) fails, and its
 * processor goes on: without that, the processor's loop died and every joiner waited forever.
 */
@Timeout(30)
class UnrunnableThreadTest extends BootedKernel {
  private static final OutOfMemoryError NO_THREAD =
      new OutOfMemoryError("unable to create native thread (injected)");

  @Test
  void aThreadTheBackendCannotRunFailsItsJoinerAndItsProcessorRunsTheNextThread() throws Exception {
    boot(Machine.uniform(1, 2), KernelOptions.defaults().withBackend(refusing()));
    Dispatcher dispatcher = kernel.createAddressSpace("app").createDispatcher(1);

    UThread doomed = dispatcher.spawn("doomed", () -> {});
    UThreadFailedException failed = assertThrows(UThreadFailedException.class, doomed::join);
    assertSame(NO_THREAD, failed.getCause());

    int[] ranOn = {-1};
    dispatcher.spawn("next", () -> ranOn[0] = Processors.current()).join();
    assertEquals(1, ranOn[0]);

    Kernel booted = kernel;
    kernel = null;
    KernelShutdownException thrown = assertThrows(KernelShutdownException.class, booted::shutdown);
    List<String> faults = thrown.report().kernelFaults();
    assertEquals(1, faults.size(), thrown.getMessage());
    assertTrue(faults.get(0).contains("doomed"), faults.get(0));
    assertEquals(List.of(), KernelThreads.alive());
  }

  @Test
  void aSubmittedTaskWhoseThreadCannotRunFailsItsFuture() throws Exception {
    boot(Machine.uniform(1, 2), KernelOptions.defaults().withBackend(refusing()));
    Dispatcher dispatcher = kernel.createAddressSpace("app").createDispatcher(0);

    CompletableFuture<Integer> future = dispatcher.submit("doomed", () -> 42);
    ExecutionException failed = assertThrows(ExecutionException.class, future::get);
    UThreadFailedException cause =
        assertInstanceOf(UThreadFailedException.class, failed.getCause());
    assertSame(NO_THREAD, cause.getCause());
    assertEquals(7, dispatcher.submit("next", () -> 7).get());

    Kernel booted = kernel;
    kernel = null;
    assertThrows(KernelShutdownException.class, booted::shutdown); // reports the refused thread
  }

  private static RefusingBackend refusing() {
    return new RefusingBackend("-doomed", NO_THREAD);
  }
}
