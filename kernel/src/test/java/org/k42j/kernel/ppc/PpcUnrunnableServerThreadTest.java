package org.k42j.kernel.ppc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.KernelOptions;
import org.k42j.kernel.KernelShutdownException;
import org.k42j.kernel.RefusingBackend;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.fixture.Store;

/**
 * A server thread the backend cannot run (the host refuses another platform thread) never begins
 * the call it was spawned for: the call's caller must hear why instead of waiting forever, and the
 * pool must go on serving with its other threads.
 */
@Timeout(60)
class PpcUnrunnableServerThreadTest extends BootedKernel {
  private static final OutOfMemoryError NO_THREAD =
      new OutOfMemoryError("unable to create native thread (injected)");

  private Ppc ppc;
  private MapStore store;
  private Store remote;
  private AddressSpace client;

  @BeforeEach
  void export() {
    // The first server thread of each processor's pool ("ppc-0") cannot be run.
    boot(
        Machine.uniform(1, 2),
        KernelOptions.defaults().withBackend(new RefusingBackend("-server-ppc-0", NO_THREAD)));
    ppc = kernel.ppc();
    store = new MapStore();
    AddressSpace server = kernel.createAddressSpace("server");
    remote = ppc.bind(ppc.export(server, Store.class, store), Store.class);
    // synchronous calls need a server thread only when the server asks for its own threads
    ppc.useServerThreads(server, true);
    client = kernel.createAddressSpace("client");
  }

  @Test
  void aSyncCallWhoseServerThreadCannotRunFailsByNameAndTheNextCallIsServed() throws Throwable {
    Dispatcher on = client.createDispatcher(0);

    Throwable failed =
        OnUserThread.failure(OnUserThread.start(on, "first", () -> remote.add("k", 1)));
    PpcServerException server = assertInstanceOf(PpcServerException.class, failed);
    assertEquals(OutOfMemoryError.class.getName(), server.remoteClass());
    assertTrue(
        server.remoteMessage().contains("unable to create native thread"), server.remoteMessage());

    assertEquals(5L, (long) OnUserThread.run(on, () -> remote.add("k", 5)));
    assertEquals(5L, store.count("k"));
    shutDownReportingTheRefusedThread();
  }

  @Test
  void anAsyncCallWhoseServerThreadCannotRunIsCountedAsFailed() throws Throwable {
    Dispatcher on = client.createDispatcher(1);

    OnUserThread.run(
        on,
        () -> {
          remote.post("k", 1);
          return null;
        });
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (ppc.asyncFailures() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals(1, ppc.asyncFailures());
    assertEquals(3L, (long) OnUserThread.run(on, () -> remote.add("k", 3)));
    shutDownReportingTheRefusedThread();
  }

  private void shutDownReportingTheRefusedThread() {
    Kernel booted = kernel;
    kernel = null;
    KernelShutdownException thrown = assertThrows(KernelShutdownException.class, booted::shutdown);
    assertTrue(thrown.getMessage().contains("ppc-0"), thrown.getMessage());
  }
}
