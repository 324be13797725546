package org.k42j.kernel.ppc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.fixture.Store;

class PpcPoolTest extends BootedKernel {
  private Ppc ppc;
  private AddressSpace server;
  private Dispatcher client;
  private MapStore store;
  private Store remote;

  @BeforeEach
  void start() {
    boot(Machine.uniform(1, 2));
    ppc = kernel.ppc();
    server = kernel.createAddressSpace("server");
    client = kernel.createAddressSpace("client").createDispatcher(0);
    store = new MapStore();
  }

  private void export(PoolLimits limits) {
    ppc.limit(server, limits);
    remote = ppc.bind(ppc.export(server, Store.class, store), Store.class);
  }

  @Test
  void threadSpawnIsBoundedAndABusyPoolFailsASyncCallAtOnce() throws Throwable {
    export(new PoolLimits(2, 0));
    List<CompletableFuture<String>> holders = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      holders.add(
          OnUserThread.start(
              client,
              "holder" + i,
              () -> {
                remote.hold("g");
                return "held";
              }));
    }
    store.gate("g").awaitArrivals(2);
    Throwable thrown =
        OnUserThread.failure(OnUserThread.start(client, "third", () -> remote.add("k", 1)));
    PpcPoolExhaustedException exhausted = assertInstanceOf(PpcPoolExhaustedException.class, thrown);
    assertTrue(
        exhausted.getMessage().contains("ppc.limit(server, new PoolLimits(threads, queuedCalls))"),
        exhausted.getMessage());
    assertEquals(2, ppc.activeCalls(server, 0)); // the holders' migrated calls
    assertEquals(0, ppc.serverThreads(server, 0));
    assertEquals(0, store.count("k")); // the refused call never ran
    store.gate("g").open();
    for (CompletableFuture<String> holder : holders) {
      assertEquals("held", OnUserThread.await(holder));
    }
    assertEquals(1, (long) OnUserThread.run(client, () -> remote.add("k", 1)));
    assertEquals(0, ppc.activeCalls(server, 0)); // every call left its bound
  }

  /**
   * Limits set after the server's first calls apply to every processor's pool, the ones made
   * already included: with one server thread allowed, a second holder is refused on both processors
   * alike (before, only pools made after the change applied it).
   */
  @Test
  void limitsSetAfterTheFirstCallsApplyToEveryProcessorsPool() throws Throwable {
    export(PoolLimits.DEFAULT);
    Dispatcher[] on = {client, kernel.createAddressSpace("clients").createDispatcher(1)};
    for (Dispatcher dispatcher : on) {
      assertEquals(1, (long) OnUserThread.run(dispatcher, () -> remote.add("k" + dispatcher, 1)));
    }

    ppc.limit(server, new PoolLimits(1, 0));

    for (int processor = 0; processor < 2; processor++) {
      String gate = "g" + processor;
      CompletableFuture<String> holder =
          OnUserThread.start(
              on[processor],
              "holder",
              () -> {
                remote.hold(gate);
                return "held";
              });
      store.gate(gate).awaitArrivals(1);
      Throwable second =
          OnUserThread.failure(
              OnUserThread.start(
                  on[processor],
                  "second",
                  () -> {
                    remote.hold(gate);
                    return "held";
                  }));
      assertInstanceOf(PpcPoolExhaustedException.class, second, "vp" + processor);
      assertEquals(1, ppc.activeCalls(server, processor), "vp" + processor);
      store.gate(gate).open();
      assertEquals("held", OnUserThread.await(holder));
    }
  }

  @Test
  void asyncCallsWaitInABoundedQueueWhileEveryThreadIsBusy() throws Throwable {
    export(new PoolLimits(1, 2));
    CompletableFuture<String> holder =
        OnUserThread.start(
            client,
            "holder",
            () -> {
              remote.hold("g");
              return "held";
            });
    store.gate("g").awaitArrivals(1);
    OnUserThread.run(
        client,
        () -> {
          remote.post("q", 1);
          remote.post("q", 1);
          return null;
        });
    Throwable thrown =
        OnUserThread.failure(
            OnUserThread.start(
                client,
                "third",
                () -> {
                  remote.post("q", 1);
                  return null;
                }));
    assertInstanceOf(PpcPoolExhaustedException.class, thrown);
    assertEquals(0, store.count("q")); // queued behind the busy thread
    store.gate("g").open();
    assertEquals("held", OnUserThread.await(holder));
    assertEquals(2, (long) OnUserThread.run(client, () -> remote.count("q")));
    assertEquals(1, ppc.serverThreads(server, 0));
  }

  @Test
  void asyncBurstBeyondTheQueueYieldsToTheServerThreadsInsteadOfFailing() throws Throwable {
    export(new PoolLimits(1, 4));
    OnUserThread.run(
        client,
        () -> {
          for (int i = 0; i < 1000; i++) {
            remote.post("burst", 1);
          }
          return null;
        });
    assertEquals(1000, (long) OnUserThread.run(client, () -> remote.count("burst")));
    assertEquals(1, ppc.serverThreads(server, 0));
  }

  @Test
  void syncCallAfterAnUnstartedAsyncCallWaitsForItInsteadOfFailing() throws Throwable {
    export(new PoolLimits(1, 0));
    long count =
        OnUserThread.run(
            client,
            () -> {
              remote.post("k", 1); // handed to the only thread, which has not run yet
              return remote.add("k", 1);
            });
    assertEquals(2, count);
  }
}
