package org.k42j.kernel.ppc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.KernelOptions;
import org.k42j.kernel.KernelShutdownException;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.AddressSpaceExitedException;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.ShutdownReport;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.fixture.Store;

class PpcExitTest extends BootedKernel {
  private Ppc ppc;
  private AddressSpace server;
  private AddressSpace client;
  private MapStore store;
  private ObjectHandle handle;
  private Store remote;

  @BeforeEach
  void start() {
    boot(Machine.uniform(2, 2));
    ppc = kernel.ppc();
    server = kernel.createAddressSpace("server");
    client = kernel.createAddressSpace("client");
    store = new MapStore();
    ppc.limit(server, new PoolLimits(2, 4));
    handle = ppc.export(server, Store.class, store);
    remote = ppc.bind(handle, Store.class);
  }

  /** Waits (a failure guard, not a timing assertion) until {@code server} has no threads. */
  private void awaitNoServerThreads() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    for (int processor = 0; processor < 4; processor++) {
      while (ppc.serverThreads(server, processor) > 0) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("server threads did not end after the server exited");
        }
        Thread.sleep(1);
      }
    }
  }

  @Test
  void exitFailsRunningAndQueuedCallsAndRefusesNewOnes() throws Throwable {
    ppc.register("store", handle);
    Dispatcher vp1 = client.createDispatcher(1);
    Dispatcher vp2 = client.createDispatcher(2);
    CompletableFuture<Object> held1 =
        OnUserThread.start(
            vp1,
            "a",
            () -> {
              remote.hold("g");
              return "returned";
            });
    CompletableFuture<Object> held2 =
        OnUserThread.start(
            vp1,
            "b",
            () -> {
              remote.hold("g");
              return "returned";
            });
    CompletableFuture<Object> held3 =
        OnUserThread.start(
            vp2,
            "c",
            () -> {
              remote.hold("g");
              return "returned";
            });
    store.gate("g").awaitArrivals(3);
    OnUserThread.run(
        vp1,
        () -> {
          remote.post("queued", 1);
          return null;
        }); // both vp1 threads busy

    server.exit();

    for (CompletableFuture<Object> held : java.util.List.of(held1, held2, held3)) {
      ServerExitedException exited =
          assertInstanceOf(ServerExitedException.class, OnUserThread.failure(held));
      assertTrue(exited.getMessage().contains("exited"), exited.getMessage());
    }
    assertEquals(1, ppc.droppedAsyncCalls());
    assertEquals(0, store.count("queued"));
    assertInstanceOf(
        ServerExitedException.class,
        OnUserThread.failure(OnUserThread.start(vp2, "late", () -> remote.add("k", 1))));
    assertInstanceOf(
        ServerExitedException.class,
        OnUserThread.failure(
            OnUserThread.start(
                vp2,
                "late",
                () -> {
                  remote.post("k", 1);
                  return null;
                })));
    assertNull(OnUserThread.run(vp2, () -> ppc.lookup("store", Store.class))); // name removed
    awaitNoServerThreads(); // the server's threads were cancelled out of the gate
    assertEquals(0, store.count("k"));
    assertTrue(server.isExited());
  }

  /**
   * Many threads call while the server exits: every call either returns or fails with {@link
   * ServerExitedException}, none hangs, no call stays admitted, and the store counts every call
   * that returned plus at most one per thread (a call whose result the exit dropped).
   */
  @Test
  void callsRacingAnExitEachReturnOrFailByNameAndNoneStaysInside() throws Throwable {
    int threadsPerProcessor = 4;
    List<CompletableFuture<Long>> callers = new ArrayList<>();
    for (int processor = 0; processor < 4; processor++) {
      Dispatcher on = client.createDispatcher(processor);
      Store target = processor % 2 == 0 ? remote : Ppc.onProcessor(remote, (processor + 1) % 4);
      for (int t = 0; t < threadsPerProcessor; t++) {
        callers.add(
            OnUserThread.start(
                on,
                "caller-" + t,
                () -> {
                  long returned = 0;
                  while (true) {
                    try {
                      target.add("k", 1);
                      returned++;
                    } catch (ServerExitedException exited) {
                      return returned;
                    }
                  }
                }));
      }
    }
    Thread.sleep(50); // the calls run meanwhile
    server.exit();
    long returned = 0;
    for (CompletableFuture<Long> caller : callers) {
      returned += OnUserThread.await(caller);
    }
    assertTrue(returned > 0, "no call returned before the exit");
    long counted = store.count("k");
    assertTrue(
        counted >= returned && counted <= returned + callers.size(),
        counted + " counted for " + returned + " returned calls");
    for (int processor = 0; processor < 4; processor++) {
      assertEquals(0, ppc.activeCalls(server, processor));
    }
    awaitNoServerThreads();
  }

  @Test
  void exitEndsIdleServerThreadsAndTheKernelShutsDownClean() throws Throwable {
    for (int processor = 0; processor < 4; processor++) {
      Dispatcher on = client.createDispatcher(processor);
      OnUserThread.run(
          on,
          () -> {
            remote.post("k", 1); // a server thread for the asynchronous call
            return remote.add("k", 1);
          });
      assertEquals(1, ppc.serverThreads(server, processor));
    }
    server.exit();
    awaitNoServerThreads();
    assertThrows(AddressSpaceExitedException.class, () -> server.createDispatcher(0));
    assertThrows(
        ServerExitedException.class, () -> ppc.export(server, Store.class, new MapStore()));
    ShutdownReport report = kernel.shutdown();
    kernel = null;
    assertTrue(report.clean(), report.toString());
  }

  @Test
  void shutdownEndsIdleServerThreadsWithoutCancellingThem() throws Throwable {
    for (int processor = 0; processor < 4; processor++) {
      Dispatcher on = client.createDispatcher(processor);
      OnUserThread.run(
          on,
          () -> {
            remote.post("k", 1);
            return remote.add("k", 1);
          });
    }
    assertEquals(8, store.count("k"));
    ShutdownReport report = kernel.shutdown();
    kernel = null;
    assertTrue(report.clean(), report.toString());
  }

  @Test
  void exitRevokesTheServersExportsSoTheTableReleasesTheirObjectsAndSlots() throws Throwable {
    Dispatcher on = client.createDispatcher(0);
    assertEquals(1, (long) OnUserThread.run(on, () -> remote.add("k", 1)));
    server.exit();
    // the table no longer holds the object
    assertThrows(NotExportedException.class, () -> ppc.handleOf(store));
    // a stub made before still fails by name: the server exited
    assertInstanceOf(
        ServerExitedException.class,
        OnUserThread.failure(OnUserThread.start(on, "c", () -> remote.add("k", 1))));
    // binding its handle afresh names the exit too, until the slot is reused
    assertThrows(ServerExitedException.class, () -> ppc.bind(handle, Store.class));
    // the slot serves the next export, under the next generation; the old handle is stale
    AddressSpace next = kernel.createAddressSpace("next-server");
    ObjectHandle reused = ppc.export(next, Store.class, new MapStore());
    assertEquals(handle.slot(), reused.slot());
    assertEquals(handle.generation() + 1, reused.generation());
    assertThrows(StaleHandleException.class, () -> ppc.bind(handle, Store.class));
    Store nextRemote = ppc.bind(reused, Store.class);
    assertEquals(5, (long) OnUserThread.run(on, () -> nextRemote.add("k", 5)));
  }

  @Test
  void shutdownWithAMigratedCallInsideAWaitingServerMethodCancelsTheCallNotTheCaller()
      throws Throwable {
    shutDownKernel(); // again with a short grace
    boot(Machine.uniform(1, 1), KernelOptions.defaults().withShutdownGrace(Duration.ofMillis(200)));
    ppc = kernel.ppc();
    AddressSpace waitingServer = kernel.createAddressSpace("waiting-server");
    MapStore waiting = new MapStore();
    Store stub = ppc.bind(ppc.export(waitingServer, Store.class, waiting), Store.class);
    Dispatcher on = kernel.createAddressSpace("caller").createDispatcher(0);
    CompletableFuture<Object> held =
        OnUserThread.start(
            on,
            "held",
            () -> {
              try {
                stub.hold("never");
                return "returned";
              } catch (ServerExitedException exited) {
                return "told: " + exited.getMessage(); // the caller goes on after the call
              }
            });
    waiting.gate("never").awaitArrivals(1);
    Kernel stopping = kernel;
    kernel = null;
    ShutdownReport report = stopping.shutdown();
    // the server's code ran on the caller's thread: the call was cancelled, the thread lived on
    assertTrue(report.clean(), report.toString());
    String told = (String) OnUserThread.await(held);
    assertTrue(told.startsWith("told: ") && told.contains("shutting down"), told);
  }

  @Test
  void shutdownWithACallInsideAWaitingServerMethodFailsTheCallerAndNamesTheServerThread()
      throws Throwable {
    shutDownKernel(); // again with a short grace: the server thread will never finish by itself
    boot(Machine.uniform(1, 1), KernelOptions.defaults().withShutdownGrace(Duration.ofMillis(200)));
    ppc = kernel.ppc();
    AddressSpace waitingServer = kernel.createAddressSpace("waiting-server");
    ppc.useServerThreads(waitingServer, true);
    MapStore waiting = new MapStore();
    Store stub = ppc.bind(ppc.export(waitingServer, Store.class, waiting), Store.class);
    Dispatcher on = kernel.createAddressSpace("caller").createDispatcher(0);
    CompletableFuture<Object> held =
        OnUserThread.start(
            on,
            "held",
            () -> {
              stub.hold("never");
              return "returned";
            });
    waiting.gate("never").awaitArrivals(1);
    Kernel stopping = kernel;
    kernel = null;
    KernelShutdownException unfinished =
        assertThrows(KernelShutdownException.class, stopping::shutdown);
    // the server thread is cancelled inside the method (and named); its caller is not left parked
    assertTrue(unfinished.getMessage().contains("waiting-server/ppc-0"), unfinished.getMessage());
    assertFalse(unfinished.getMessage().contains("caller/held"), unfinished.getMessage());
    assertInstanceOf(ServerExitedException.class, OnUserThread.failure(held));
  }
}
