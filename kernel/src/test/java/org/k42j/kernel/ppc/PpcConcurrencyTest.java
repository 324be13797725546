package org.k42j.kernel.ppc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.machine.MachineSpecs;
import org.k42j.kernel.ppc.fixture.Store;

/**
 * Many client address spaces on every processor of a 16-processor machine call one server at once:
 * every synchronous and asynchronous call is counted exactly once, on the right rep.
 */
class PpcConcurrencyTest extends BootedKernel {
  private static final int CLIENTS = 4;
  private static final int SYNC = 1_000;
  private static final int ASYNC = 1_000;

  @Test
  void manyClientSpacesOnManyProcessorsGetExactResults() throws Throwable {
    boot(MachineSpecs.parse("2x8"));
    int processors = kernel.machine().processorCount();
    Ppc ppc = kernel.ppc();
    AddressSpace server = kernel.createAddressSpace("server");
    MapStore shared = new MapStore();
    ProcessorStore clustered = ProcessorStore_Factory.create();
    ppc.register("shared", ppc.export(server, Store.class, shared));
    ppc.register("clustered", ppc.export(server, Store.class, clustered));
    List<CompletableFuture<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      AddressSpace space = kernel.createAddressSpace("client" + c);
      String own = "client" + c;
      for (int processor = 0; processor < processors; processor++) {
        Dispatcher on = space.createDispatcher(processor);
        clients.add(
            OnUserThread.start(
                on,
                own,
                () -> {
                  Store sharedStore = ppc.lookup("shared", Store.class);
                  Store perProcessor = ppc.lookup("clustered", Store.class);
                  long last = 0;
                  for (int i = 0; i < SYNC; i++) {
                    long now = sharedStore.add(own, 1);
                    if (now <= last) {
                      throw new AssertionError(own + " went from " + last + " to " + now);
                    }
                    last = now;
                    perProcessor.add("k", 1);
                    if (i < ASYNC) {
                      sharedStore.post("async", 1);
                    }
                  }
                  return null;
                }));
      }
    }
    for (CompletableFuture<Void> client : clients) {
      OnUserThread.await(client);
    }
    long expected = (long) CLIENTS * processors * ASYNC;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (shared.count("async") < expected && System.nanoTime() < deadline) {
      Thread.sleep(1); // the last asynchronous calls may still be running (a guard, not a timing)
    }
    assertEquals(expected, shared.count("async"));
    for (int c = 0; c < CLIENTS; c++) {
      assertEquals((long) processors * SYNC, shared.count("client" + c));
    }
    assertEquals(processors, clustered.reps());
    assertEquals((long) CLIENTS * processors * SYNC, clustered.total());
    AddressSpace probe = kernel.createAddressSpace("probe");
    Store perProcessor = ppc.bind(ppc.handleOf(clustered, Store.class), Store.class);
    for (int processor = 0; processor < processors; processor++) {
      Dispatcher on = probe.createDispatcher(processor);
      assertEquals(
          (long) CLIENTS * SYNC, (long) OnUserThread.run(on, () -> perProcessor.count("k")));
      assertTrue(ppc.serverThreads(server, processor) <= PoolLimits.DEFAULT.threadsPerProcessor());
    }
    assertEquals(0, ppc.asyncFailures());
  }
}
