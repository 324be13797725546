package org.k42j.kernel.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.machine.Machine;

class DispatcherSubmitTest extends BootedKernel {
  @Test
  void submittedTaskRunsOnTheDispatchersProcessorAndCompletesTheFuture() throws Exception {
    boot(Machine.uniform(1, 2));
    Dispatcher dispatcher = kernel.createAddressSpace("app").createDispatcher(1);
    assertEquals(
        1,
        dispatcher
            .submit("where", () -> UThread.current().dispatcher().processor())
            .get(60, TimeUnit.SECONDS));
    ExecutionException failed =
        assertThrows(
            ExecutionException.class,
            () ->
                dispatcher
                    .submit(
                        "fails",
                        () -> {
                          throw new IllegalStateException("no");
                        })
                    .get(60, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, failed.getCause());
  }
}
