package org.k42j.kernel.ppc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.fixture.Entry;
import org.k42j.kernel.ppc.fixture.Mode;
import org.k42j.kernel.ppc.fixture.Store;
import org.k42j.kernel.ppc.fixture.StoreException;
import org.k42j.runtime.lifecycle.Requests;

class PpcCallTest extends BootedKernel {
  private Ppc ppc;
  private AddressSpace server;
  private AddressSpace client;
  private MapStore store;
  private ObjectHandle handle;

  @BeforeEach
  void export() {
    boot(Machine.uniform(2, 2));
    ppc = kernel.ppc();
    server = kernel.createAddressSpace("server");
    client = kernel.createAddressSpace("client");
    store = new MapStore();
    handle = ppc.export(server, Store.class, store);
  }

  private Store stub() {
    return ppc.bind(handle, Store.class);
  }

  @Test
  void callRunsOnTheCallersProcessorInTheServersAddressSpaceInsideARequest() throws Throwable {
    Store remote = stub();
    for (int processor = 0; processor < 4; processor++) {
      Dispatcher on = client.createDispatcher(processor);
      assertEquals(processor, (int) OnUserThread.run(on, remote::servedBy));
    }
    List<String> served = List.copyOf(store.served);
    assertEquals(4, served.size());
    for (String where : served) {
      // the caller's own thread ("test"), migrated: its dispatcher and address space are the
      // server's while it runs the server's code
      assertEquals("server/test/request", where);
    }
    for (int processor = 0; processor < 4; processor++) {
      assertEquals(0, ppc.serverThreads(server, processor)); // no server thread was needed
      assertEquals(0, ppc.activeCalls(server, processor));
    }
  }

  @Test
  void aServerThatKeepsItsOwnThreadsRunsSynchronousCallsOnThem() throws Throwable {
    ppc.useServerThreads(server, true);
    Store remote = stub();
    for (int processor = 0; processor < 4; processor++) {
      Dispatcher on = client.createDispatcher(processor);
      assertEquals(processor, (int) OnUserThread.run(on, remote::servedBy));
      assertEquals(1, ppc.serverThreads(server, processor));
    }
    for (String where : List.copyOf(store.served)) {
      assertTrue(where.startsWith("server/ppc-"), where); // a server thread of the server's space
      assertTrue(where.endsWith("/request"), where);
    }
  }

  @Test
  void aMigratedCallSwitchesNoThreadAndRunsNoScheduler() throws Throwable {
    Store remote = stub();
    Dispatcher on = client.createDispatcher(2);
    long[] switches =
        OnUserThread.run(
            on,
            () -> {
              remote.add("warm", 1);
              // read in vp2's context, by the thread that holds it: exact
              long before = kernel.scheduler().switches(2);
              for (int i = 0; i < 100; i++) {
                remote.add("k", 1);
              }
              return new long[] {before, kernel.scheduler().switches(2)};
            });
    assertEquals(switches[0], switches[1], "thread switches during 100 migrated calls");
    assertEquals(100, store.count("k"));
    assertEquals(0, ppc.serverThreads(server, 2));
  }

  @Test
  void withServerThreadsTheProcessorGoesFromCallerToServerThreadAndBackWithoutTheScheduler()
      throws Throwable {
    ppc.useServerThreads(server, true);
    Store remote = stub();
    Dispatcher on = client.createDispatcher(2);
    OnUserThread.run(on, () -> remote.add("warm", 1)); // the server thread runs once
    long before = kernel.scheduler().handOffs(2);
    long switchesBefore = kernel.scheduler().switches(2);
    OnUserThread.run(
        on,
        () -> {
          for (int i = 0; i < 100; i++) {
            remote.add("k", 1);
          }
          return null;
        });
    long handOffs = kernel.scheduler().handOffs(2) - before;
    // each call: caller to server thread, server thread back to the caller; the scheduler only
    // starts the client thread (and may take over when an event arrives meanwhile)
    assertTrue(handOffs >= 100, handOffs + " direct hand-offs for 100 calls");
    assertTrue(handOffs <= 200, handOffs + " direct hand-offs for 100 calls");
    assertTrue(kernel.scheduler().switches(2) - switchesBefore >= handOffs);
    assertEquals(100, store.count("k"));
  }

  @Test
  void aLoopOfCallsNeverKeepsItsProcessorsEventsWaiting() throws Throwable {
    Store remote = stub();
    Dispatcher on = client.createDispatcher(1);
    AtomicBoolean delivered = new AtomicBoolean();
    long calls =
        OnUserThread.run(
            on,
            () -> {
              remote.add("warm", 1);
              on.post(() -> delivered.set(true)); // runs only when vp1's scheduler loop runs
              long made = 0;
              while (!delivered.get()) {
                remote.add("k", 1);
                if (++made == 100_000) {
                  throw new AssertionError("direct hand-offs kept the processor's event waiting");
                }
              }
              return made;
            });
    assertTrue(calls >= 1 && calls < 100_000, calls + " calls before the event ran");
  }

  @Test
  void callerParksWhileItsDispatcherRunsItsOtherThreads() throws Throwable {
    Store remote = stub();
    Dispatcher on = client.createDispatcher(1);
    CompletableFuture<Object> holder =
        OnUserThread.start(
            on,
            "holder",
            () -> {
              remote.hold("g");
              return "returned";
            });
    store.gate("g").awaitArrivals(1);
    // the holder is parked in its call; a sibling on the same dispatcher runs meanwhile
    assertEquals(5L, (long) OnUserThread.run(on, () -> remote.add("k", 5)));
    store.gate("g").open();
    assertEquals("returned", OnUserThread.await(holder));
  }

  @Test
  void quiescenceWaitsForARunningCallBecauseEachCallIsARequest() throws Throwable {
    Store remote = stub();
    Dispatcher on = client.createDispatcher(0);
    CompletableFuture<Object> holder =
        OnUserThread.start(
            on,
            "holder",
            () -> {
              remote.hold("q");
              return "returned";
            });
    store.gate("q").awaitArrivals(1);
    CompletableFuture<Void> quiescent = CompletableFuture.runAsync(Requests::awaitQuiescence);
    Thread.sleep(50); // gives a wrong implementation the chance to finish early
    assertFalse(quiescent.isDone(), "a grace period ended while a PPC was still running");
    store.gate("q").open();
    assertEquals("returned", OnUserThread.await(holder));
    OnUserThread.await(quiescent);
  }

  @Test
  void primitivesStringsEnumsAndResultsArrive() throws Throwable {
    Store remote = stub();
    Dispatcher on = client.createDispatcher(0);
    OnUserThread.run(
        on,
        () -> {
          assertEquals(3, remote.add("a", 3));
          assertEquals(10, remote.add("a", 7));
          assertEquals(10, remote.count("a"));
          assertEquals(0, remote.count("missing"));
          assertSame(Mode.WRITE, remote.echo(Mode.WRITE));
          assertNull(remote.kept());
          return null;
        });
  }

  @Test
  void serverCannotSeeLaterClientChangesToAnArgumentNorTheClientTheServers() throws Throwable {
    Store remote = stub();
    Dispatcher on = client.createDispatcher(2);
    OnUserThread.run(
        on,
        () -> {
          int[] mine = {1, 2, 3};
          int[] returned = remote.keep(mine);
          mine[0] = 99; // the client changes its argument after the call
          assertArrayEquals(new int[] {1, 2, 3}, store.kept); // the server's copy is untouched
          assertNotSame(mine, store.kept);
          returned[1] = 77; // and the result it got back
          assertArrayEquals(new int[] {1, 2, 3}, remote.kept());
          store.kept[2] = 55; // the server changes what it kept
          assertArrayEquals(new int[] {1, 77, 3}, returned); // the client's copy is untouched
          assertArrayEquals(new int[] {1, 2, 55}, remote.kept());
          return null;
        });
  }

  @Test
  void recordsHoldingArraysCrossAsCopies() throws Throwable {
    Store remote = stub();
    Dispatcher on = client.createDispatcher(3);
    OnUserThread.run(
        on,
        () -> {
          long[] history = {1, 2};
          assertNull(remote.swap(new Entry("e", Mode.READ, history)));
          history[0] = -1;
          Entry kept = store.entry;
          assertArrayEquals(new long[] {1, 2}, kept.history());
          Entry back = remote.swap(new Entry("f", Mode.WRITE, new long[] {3}));
          assertEquals("e", back.key());
          assertSame(Mode.READ, back.mode());
          assertNotSame(kept.history(), back.history());
          back.history()[1] = 42;
          assertArrayEquals(new long[] {1, 2}, kept.history());
          return null;
        });
  }

  @Test
  void serverExceptionArrivesNamedWithItsClassMessageAndStack() throws Throwable {
    Store remote = stub();
    Dispatcher on = client.createDispatcher(0);
    Throwable thrown =
        OnUserThread.failure(
            OnUserThread.start(
                on,
                "c",
                () -> {
                  remote.fail("disk full");
                  return null;
                }));
    PpcServerException failure = assertInstanceOf(PpcServerException.class, thrown);
    assertEquals(StoreException.class.getName(), failure.remoteClass());
    assertEquals("disk full", failure.remoteMessage());
    assertTrue(failure.remoteStackTrace().contains("MapStore.fail"), failure.remoteStackTrace());
    assertTrue(failure.getMessage().contains("disk full"), failure.getMessage());
    assertEquals(0, failure.getSuppressed().length);
    assertTrue(failure.getCause() == null); // nothing of the server's exception object crosses
    // the server serves on after its method's exception; the call left its bound
    assertEquals(1, (long) OnUserThread.run(on, () -> remote.add("after", 1)));
    assertEquals(0, ppc.activeCalls(server, 0));
  }

  @Test
  void exportedObjectsTravelAsHandlesAndArriveAsStubs() throws Throwable {
    AddressSpace otherServer = kernel.createAddressSpace("other-server");
    MapStore other = new MapStore();
    ObjectHandle otherHandle = ppc.export(otherServer, Store.class, other);
    other.add("x", 41);
    Store remote = stub();
    Store otherRemote = ppc.bind(otherHandle, Store.class);
    Dispatcher on = client.createDispatcher(1);
    OnUserThread.run(
        on,
        () -> {
          // the server receives a stub of the other store and calls it by a nested PPC
          assertEquals(41, remote.countIn(otherRemote, "x"));
          Store self = remote.self();
          assertInstanceOf(RemoteObject.class, self);
          assertEquals(handle, ((RemoteObject) self).handle());
          assertEquals(1, self.add("through-self", 1));
          return null;
        });
    assertEquals(1, store.count("through-self"));
    // a local object that was never exported cannot be passed
    Throwable thrown =
        OnUserThread.failure(
            OnUserThread.start(on, "c", () -> remote.countIn(new MapStore(), "x")));
    assertInstanceOf(NotExportedException.class, thrown);
  }

  @Test
  void asyncCallsReturnAtOnceAndRunExactlyOnce() throws Throwable {
    Store remote = stub();
    Dispatcher on = client.createDispatcher(2);
    OnUserThread.run(
        on,
        () -> {
          for (int i = 0; i < 500; i++) {
            remote.post("async", 1);
          }
          return null;
        });
    // the client returned; the server threads run the calls on vp2 soon after
    assertEquals(500, (long) OnUserThread.run(on, () -> remote.count("async")));
  }

  @Test
  void asyncCallThatThrowsIsCountedNotLost() throws Throwable {
    Store remote = stub();
    Dispatcher on = client.createDispatcher(0);
    OnUserThread.run(
        on,
        () -> {
          remote.post("bad", -1);
          return remote.count("bad");
        });
    assertEquals(1, ppc.asyncFailures());
    assertTrue(ppc.recentAsyncFailures().get(0).contains("negative delta -1"));
  }

  @Test
  void callFromAPlainThreadIsRefusedByName() {
    Store remote = stub();
    assertThrows(CallerNotOnUserThreadException.class, () -> remote.add("k", 1));
    assertThrows(CallerNotOnUserThreadException.class, () -> remote.post("k", 1));
  }

  @Test
  void nameServiceGivesClientsTypedStubs() throws Throwable {
    ppc.register("store", handle);
    Dispatcher on = client.createDispatcher(3);
    OnUserThread.run(
        on,
        () -> {
          Store found = ppc.lookup("store", Store.class);
          assertEquals(handle, ppc.handleOf(found));
          assertEquals(2, found.add("n", 2));
          assertNull(ppc.lookup("nothing", Store.class));
          return null;
        });
  }
}
