package org.k42j.kernel.ppc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.fixture.Store;

/**
 * Calls that come back: a stub passed to its own server, an object the client exported called back
 * by the server, a chain through a third address space back to the first, a server calling itself
 * deeper than its pool; and server failures that are hard to describe. None may hang.
 */
class PpcReentryTest extends BootedKernel {
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

  /** A server exception whose message cannot be read (its getMessage throws). */
  static final class UnreadableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      throw new IllegalStateException("no message");
    }
  }

  @Test
  void serverExceptionWhoseMessageThrowsStillReachesTheClientByName() throws Throwable {
    Store remote =
        export(
            server,
            new MapStore() {
              @Override
              public void fail(String message) {
                throw new UnreadableException();
              }
            });
    Dispatcher on = client.createDispatcher(0);
    Throwable thrown =
        OnUserThread.failure(
            OnUserThread.start(
                on,
                "c",
                () -> {
                  remote.fail("x");
                  return null;
                }));
    PpcServerException failure = assertInstanceOf(PpcServerException.class, thrown);
    assertEquals(UnreadableException.class.getName(), failure.remoteClass());
    assertTrue(failure.remoteMessage().contains("IllegalStateException"), failure.remoteMessage());
    assertTrue(
        failure.remoteStackTrace().contains("PpcReentryTest$1.fail"), failure.remoteStackTrace());
    // the server thread lives on
    assertEquals(1, (long) OnUserThread.run(on, () -> remote.add("after", 1)));
  }

  @Test
  void serverErrorsArriveAsServerExceptionsAndTheServerKeepsServing() throws Throwable {
    Store remote =
        export(
            server,
            new MapStore() {
              @Override
              public void fail(String message) {
                throw new AssertionError(message);
              }

              @Override
              public long count(String key) {
                return count(key) + 1; // overflows the server thread's stack
              }
            });
    Dispatcher on = client.createDispatcher(0);
    PpcServerException error =
        assertInstanceOf(
            PpcServerException.class,
            OnUserThread.failure(
                OnUserThread.start(
                    on,
                    "c",
                    () -> {
                      remote.fail("boom");
                      return null;
                    })));
    assertEquals(AssertionError.class.getName(), error.remoteClass());
    assertEquals("boom", error.remoteMessage());
    PpcServerException overflow =
        assertInstanceOf(
            PpcServerException.class,
            OnUserThread.failure(OnUserThread.start(on, "c", () -> remote.count("k"))));
    assertEquals(StackOverflowError.class.getName(), overflow.remoteClass());
    assertEquals(1, (long) OnUserThread.run(on, () -> remote.add("after", 1)));
  }

  @Test
  void stubPassedToItsOwnServerIsCalledByANestedCallOnTheSameProcessor() throws Throwable {
    MapStore local = new MapStore();
    local.add("k", 3);
    Store remote = export(server, local);
    Dispatcher on = client.createDispatcher(1);
    assertEquals(3, (long) OnUserThread.run(on, () -> remote.countIn(remote, "k")));
    assertEquals(0, ppc.serverThreads(server, 1)); // both ran on the caller's migrated thread
    assertEquals(0, ppc.activeCalls(server, 1));
  }

  @Test
  void serverCallsBackAnObjectTheClientExported() throws Throwable {
    Store remote = export(server, new MapStore());
    MapStore mine = new MapStore();
    mine.add("c", 5);
    Store exportedByClient = export(client, mine);
    Dispatcher on = client.createDispatcher(1);
    // passed as the client's own object (the stub turns it into its handle) and as a stub
    assertEquals(5, (long) OnUserThread.run(on, () -> remote.countIn(mine, "c")));
    assertEquals(5, (long) OnUserThread.run(on, () -> remote.countIn(exportedByClient, "c")));
    assertEquals(0, ppc.serverThreads(client, 1)); // the callback ran on the migrated caller
  }

  @Test
  void nestedCallThroughAThirdSpaceBackToTheFirstCompletes() throws Throwable {
    AddressSpace third = kernel.createAddressSpace("third");
    MapStore mine = new MapStore();
    mine.add("c", 7);
    Store exportedByClient = export(client, mine);
    Store inThird =
        export(
            third,
            new MapStore() {
              @Override
              public long count(String key) {
                return exportedByClient.count(key) * 10; // back to the client's space
              }
            });
    Store remote = export(server, new MapStore());
    Dispatcher on = client.createDispatcher(1);
    assertEquals(70, (long) OnUserThread.run(on, () -> remote.countIn(inThird, "c")));
  }

  @Test
  void serverCallingItselfDeeperThanItsPoolFailsByNameAndKeepsServing() throws Throwable {
    ppc.limit(server, new PoolLimits(4, 4));
    Store remote =
        export(
            server,
            new MapStore() {
              @Override
              public long countIn(Store other, String key) {
                return other.countIn(other, key) + 1; // never ends but for the pool's bound
              }
            });
    Dispatcher on = client.createDispatcher(1);
    Throwable thrown =
        OnUserThread.failure(OnUserThread.start(on, "c", () -> remote.countIn(remote, "k")));
    // the innermost level found all 4 threads busy; each level above saw the one below fail
    PpcServerException outer = assertInstanceOf(PpcServerException.class, thrown);
    assertEquals(PpcServerException.class.getName(), outer.remoteClass());
    assertTrue(
        outer.getMessage().contains(PpcPoolExhaustedException.class.getName()), outer.getMessage());
    assertEquals(1, (long) OnUserThread.run(on, () -> remote.add("after", 1)));
    assertEquals(0, ppc.activeCalls(server, 1)); // every level left the bound
  }

  @Test
  void asyncFloodFromManyThreadsRunsEveryCallOnce() throws Throwable {
    MapStore local = new MapStore();
    Store remote = export(server, local);
    int threadsPerProcessor = 4;
    int calls = 50_000;
    List<CompletableFuture<Object>> flooders = new ArrayList<>();
    for (int processor = 0; processor < 2; processor++) {
      Dispatcher on = client.createDispatcher(processor);
      for (int t = 0; t < threadsPerProcessor; t++) {
        flooders.add(
            OnUserThread.start(
                on,
                "flood-" + t,
                () -> {
                  for (int i = 0; i < calls; i++) {
                    remote.post("a", 1);
                  }
                  return null;
                }));
      }
    }
    for (CompletableFuture<Object> flooder : flooders) {
      OnUserThread.await(flooder);
    }
    long expected = 2L * threadsPerProcessor * calls;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // a hang guard only
    while (local.count("a") < expected && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals(expected, local.count("a"));
    assertEquals(0, ppc.droppedAsyncCalls());
    assertEquals(0, ppc.asyncFailures());
  }
}
