package org.k42j.kernel.ppc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.ThreadCancelledException;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.fixture.Store;

/**
 * The migrating path: inside the server's code the caller's thread is a thread of the server; an
 * exit cancels the call, not the caller (blocked inside, or computing without a kernel call); the
 * caller's own cancellation goes through the server's code; a cancellation of an outer call unwinds
 * the calls nested in it.
 */
class PpcMigrationTest extends BootedKernel {
  private Ppc ppc;
  private AddressSpace server;
  private AddressSpace client;

  @BeforeEach
  void start() {
    boot(Machine.uniform(1, 2));
    ppc = kernel.ppc();
    server = kernel.createAddressSpace("server");
    client = kernel.createAddressSpace("client");
  }

  private Store export(AddressSpace space, Store target) {
    return ppc.bind(ppc.export(space, Store.class, target), Store.class);
  }

  @Test
  void insideTheServersCodeTheCallersThreadIsAThreadOfTheServersDispatcher() throws Throwable {
    AtomicReference<Dispatcher> inside = new AtomicReference<>();
    AtomicReference<Dispatcher> home = new AtomicReference<>();
    AtomicReference<UThread> thread = new AtomicReference<>();
    Store remote =
        export(
            server,
            new MapStore() {
              @Override
              public long count(String key) {
                UThread self = UThread.current();
                thread.set(self);
                inside.set(self.dispatcher());
                home.set(self.homeDispatcher());
                return 1;
              }
            });
    Dispatcher on = client.createDispatcher(1);
    Dispatcher after =
        OnUserThread.run(
            on,
            () -> {
              UThread caller = UThread.current();
              remote.count("k");
              assertSame(caller, thread.get()); // the same thread ran the server's code
              return caller.dispatcher();
            });
    assertSame(server, inside.get().addressSpace());
    assertEquals(1, inside.get().processor());
    assertEquals(Ppc.SERVER_PRIORITY, inside.get().priority());
    assertSame(on, home.get());
    assertSame(on, after); // back in the client's address space after the call
  }

  @Test
  void anExitCancelsACallBlockedInsideTheServerAndTheCallerGoesOn() throws Throwable {
    MapStore store = new MapStore();
    Store remote = export(server, store);
    Store other = export(kernel.createAddressSpace("other"), new MapStore());
    Dispatcher on = client.createDispatcher(1);
    CompletableFuture<String> caller =
        OnUserThread.start(
            on,
            "caller",
            () -> {
              try {
                remote.hold("g");
                return "returned";
              } catch (ServerExitedException exited) {
                UThread.yieldNow(); // a kernel call: the caller itself is not cancelled
                return "went on, " + other.add("k", 2);
              }
            });
    store.gate("g").awaitArrivals(1);
    assertEquals(1, ppc.activeCalls(server, 1));
    server.exit();
    assertEquals("went on, 2", OnUserThread.await(caller));
    assertEquals(0, ppc.activeCalls(server, 1));
  }

  @Test
  void anExitWhileTheServerComputesWithoutAKernelCallDropsItsResult() throws Throwable {
    AtomicBoolean arrived = new AtomicBoolean();
    AtomicBoolean release = new AtomicBoolean();
    Store remote =
        export(
            server,
            new MapStore() {
              @Override
              public long count(String key) {
                arrived.set(true);
                while (!release.get()) {
                  Thread.onSpinWait(); // no kernel call: nothing can cancel it meanwhile
                }
                return 42;
              }
            });
    Dispatcher on = client.createDispatcher(0);
    CompletableFuture<Long> caller = OnUserThread.start(on, "caller", () -> remote.count("k"));
    awaitTrue(arrived);
    server.exit();
    release.set(true);
    ServerExitedException exited =
        assertInstanceOf(ServerExitedException.class, OnUserThread.failure(caller));
    assertTrue(exited.getMessage().contains("exited"), exited.getMessage());
  }

  @Test
  void theCallersOwnExitCancelsItThroughTheServersCodeAndTheServerServesOn() throws Throwable {
    MapStore store = new MapStore();
    Store remote = export(server, store);
    Dispatcher on = client.createDispatcher(1);
    CompletableFuture<Object> caller =
        OnUserThread.start(
            on,
            "caller",
            () -> {
              remote.hold("g");
              return "returned";
            });
    store.gate("g").awaitArrivals(1);
    client.exit();
    assertInstanceOf(ThreadCancelledException.class, OnUserThread.failure(caller));
    assertEquals(0, ppc.activeCalls(server, 1));
    Dispatcher another = kernel.createAddressSpace("another").createDispatcher(1);
    assertEquals(3, (long) OnUserThread.run(another, () -> remote.add("k", 3)));
  }

  @Test
  void anOuterServersExitUnwindsTheCallNestedInItAndFailsTheOuterCall() throws Throwable {
    AddressSpace third = kernel.createAddressSpace("third");
    MapStore innermost = new MapStore();
    Store inThird = export(third, innermost);
    Store remote =
        export(
            server,
            new MapStore() {
              @Override
              public long countIn(Store other, String key) {
                other.hold(key); // nested: server to third, blocked there
                return 1;
              }
            });
    Dispatcher on = client.createDispatcher(0);
    CompletableFuture<Long> caller =
        OnUserThread.start(on, "caller", () -> remote.countIn(inThird, "g"));
    innermost.gate("g").awaitArrivals(1);
    assertEquals(1, ppc.activeCalls(third, 0));
    server.exit(); // the outer call's server; the thread is inside the third space's code
    assertInstanceOf(ServerExitedException.class, OnUserThread.failure(caller));
    assertEquals(0, ppc.activeCalls(third, 0));
    assertEquals(0, ppc.activeCalls(server, 0));
    // the third space serves on
    assertEquals(5, (long) OnUserThread.run(on, () -> inThird.add("k", 5)));
  }

  private static void awaitTrue(AtomicBoolean flag) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // a hang guard only
    while (!flag.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the server's code was not reached within a minute");
      }
      Thread.sleep(1);
    }
  }
}
