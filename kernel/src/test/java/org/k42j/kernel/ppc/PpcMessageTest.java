package org.k42j.kernel.ppc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.ShutdownReport;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.fixture.Store;
import org.k42j.kernel.ppc.fixture.StoreException;

/**
 * Exported objects called by message on another processor ({@link Ppc#onProcessor}): the call runs
 * on a server thread of the target processor, values are copied both ways, handles pass, failures
 * arrive by name, asynchronous calls never wait and run once, an exit releases waiting callers, a
 * full pool refuses by name, and the kernel shuts down clean.
 */
class PpcMessageTest extends BootedKernel {
  private Ppc ppc;
  private AddressSpace server;
  private AddressSpace client;
  private MapStore store;
  private Store remote;

  @BeforeEach
  void start() {
    boot(Machine.uniform(2, 2));
    ppc = kernel.ppc();
    server = kernel.createAddressSpace("server");
    client = kernel.createAddressSpace("client");
    store = new MapStore();
    remote = ppc.bind(ppc.export(server, Store.class, store), Store.class);
  }

  @Test
  void aCallRunsOnAServerThreadOfTheTargetProcessorWithCopiesBothWays() throws Throwable {
    Store onThree = Ppc.onProcessor(remote, 3);
    Dispatcher on = client.createDispatcher(0);
    assertEquals(3, (int) OnUserThread.run(on, onThree::servedBy));
    String where = store.served.peek();
    assertTrue(where.startsWith("server/ppc-") && where.endsWith("/request"), where);
    assertEquals(1, ppc.serverThreads(server, 3));
    OnUserThread.run(
        on,
        () -> {
          int[] mine = {1, 2, 3};
          int[] returned = onThree.keep(mine);
          mine[0] = 9;
          assertArrayEquals(new int[] {1, 2, 3}, store.kept);
          assertNotSame(returned, store.kept);
          returned[1] = 8;
          assertArrayEquals(new int[] {1, 2, 3}, onThree.kept());
          return null;
        });
  }

  @Test
  void failuresAndHandlesCrossAsForAPpc() throws Throwable {
    Store onOne = Ppc.onProcessor(remote, 1);
    MapStore other = new MapStore();
    other.add("x", 6);
    Store otherRemote = ppc.bind(ppc.export(client, Store.class, other), Store.class);
    Dispatcher on = client.createDispatcher(2);
    PpcServerException failure =
        assertInstanceOf(
            PpcServerException.class,
            OnUserThread.failure(
                OnUserThread.start(
                    on,
                    "c",
                    () -> {
                      onOne.fail("by message");
                      return null;
                    })));
    assertEquals(StoreException.class.getName(), failure.remoteClass());
    assertEquals("by message", failure.remoteMessage());
    assertEquals(6, (long) OnUserThread.run(on, () -> onOne.countIn(otherRemote, "x")));
    assertEquals(6, (long) OnUserThread.run(on, () -> onOne.countIn(other, "x")));
    assertThrows(IllegalArgumentException.class, () -> Ppc.onProcessor(remote, 4));
  }

  @Test
  void manyThreadsCallingByMessageGetExactTotals() throws Throwable {
    int callsPerThread = 500;
    List<CompletableFuture<Object>> callers = new ArrayList<>();
    for (int processor = 0; processor < 4; processor++) {
      Store target = Ppc.onProcessor(remote, (processor + 1) % 4);
      Dispatcher on = client.createDispatcher(processor);
      for (int t = 0; t < 3; t++) {
        callers.add(
            OnUserThread.start(
                on,
                "caller-" + t,
                () -> {
                  for (int i = 0; i < callsPerThread; i++) {
                    target.add("sync", 1);
                    target.post("async", 1);
                  }
                  return null;
                }));
      }
    }
    for (CompletableFuture<Object> caller : callers) {
      OnUserThread.await(caller);
    }
    long expected = 4L * 3 * callsPerThread;
    assertEquals(expected, store.count("sync"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // a hang guard only
    while (store.count("async") < expected && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals(expected, store.count("async"));
    assertEquals(0, ppc.asyncFailures());
  }

  @Test
  void anExitReleasesACallerWaitingForAReplyAndRefusesLaterCalls() throws Throwable {
    Store onOne = Ppc.onProcessor(remote, 1);
    Dispatcher on = client.createDispatcher(0);
    CompletableFuture<Object> held =
        OnUserThread.start(
            on,
            "held",
            () -> {
              onOne.hold("g");
              return "returned";
            });
    store.gate("g").awaitArrivals(1);
    server.exit();
    assertInstanceOf(ServerExitedException.class, OnUserThread.failure(held));
    assertInstanceOf(
        ServerExitedException.class,
        OnUserThread.failure(OnUserThread.start(on, "late", () -> onOne.add("k", 1))));
  }

  @Test
  void aBusyPoolOnTheTargetProcessorRefusesByName() throws Throwable {
    ppc.limit(server, new PoolLimits(1, 0));
    Store onOne = Ppc.onProcessor(remote, 1);
    Dispatcher on = client.createDispatcher(0);
    CompletableFuture<Object> held =
        OnUserThread.start(
            on,
            "held",
            () -> {
              onOne.hold("g");
              return "returned";
            });
    store.gate("g").awaitArrivals(1);
    assertInstanceOf(
        PpcPoolExhaustedException.class,
        OnUserThread.failure(OnUserThread.start(on, "second", () -> onOne.add("k", 1))));
    store.gate("g").open();
    assertEquals("returned", OnUserThread.await(held));
    assertEquals(0, store.count("k"));
  }

  @Test
  void theKernelShutsDownCleanAfterCallsByMessage() throws Throwable {
    Dispatcher on = client.createDispatcher(0);
    for (int processor = 1; processor < 4; processor++) {
      Store target = Ppc.onProcessor(remote, processor);
      assertEquals(processor, (long) OnUserThread.run(on, () -> target.add("k", 1)));
    }
    ShutdownReport report = kernel.shutdown();
    kernel = null;
    assertTrue(report.clean(), report.toString());
  }
}
