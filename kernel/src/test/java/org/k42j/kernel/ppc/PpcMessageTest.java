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

  /**
   * Synchronous calls sent by message to a pool of one thread, from several callers at once: the
   * receiver hands each arriving call to the pool while the thread may still hold the previous call
   * unbegun (ready, in the receiver's own scheduling class, where the scheduler draws a lottery).
   * The server method never waits, so no call is ever inside when the receiver finds the bound
   * reached; it must wait for the thread to begin and finish, not fail the call with exhaustion
   * after a fixed number of yields (which failed some call in most runs of this test).
   */
  @Test
  void callsByMessageToAOneThreadPoolWaitForItsHandedCallNotFailWithExhaustion() throws Throwable {
    ppc.limit(server, new PoolLimits(1, 8)); // mailbox room for every caller's one call
    Store onZero = Ppc.onProcessor(remote, 0);
    Dispatcher on = client.createDispatcher(1);
    int callers = 4;
    int calls = 500;
    List<CompletableFuture<Long>> running = new ArrayList<>();
    for (int c = 0; c < callers; c++) {
      running.add(
          OnUserThread.start(
              on,
              "caller-" + c,
              () -> {
                long returned = 0;
                for (int i = 0; i < calls; i++) {
                  onZero.add("k", 1);
                  returned++;
                }
                return returned;
              }));
    }
    long returned = 0;
    for (CompletableFuture<Long> caller : running) {
      returned += OnUserThread.await(caller);
    }
    assertEquals(callers * calls, returned);
    assertEquals(callers * calls, store.count("k"));
    assertEquals(1, ppc.serverThreads(server, 0));
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

  /**
   * Calls sent by message while the server exits, round after round: each caller ends by name, and
   * no letter stays in a port's mailbox once its receiver has ended (the receiver could see the
   * exit in a call and end before the exit's wake-up, or a call sent as it exited, reached the
   * mailbox; the kernel then shut down reporting an undelivered message, in about one round in
   * ten).
   */
  @Test
  void callsSentWhileTheServerExitsLeaveNoLetterInTheMailbox() throws Throwable {
    for (int round = 0; round < 30; round++) {
      AddressSpace exiting = kernel.createAddressSpace("exiting-" + round);
      Store target = ppc.bind(ppc.export(exiting, Store.class, new MapStore()), Store.class);
      List<CompletableFuture<Long>> callers = new ArrayList<>();
      for (int processor = 0; processor < 4; processor++) {
        Dispatcher on = client.createDispatcher(processor);
        Store byMessage = Ppc.onProcessor(target, (processor + 1) % 4);
        for (int c = 0; c < 2; c++) {
          callers.add(
              OnUserThread.start(
                  on,
                  "caller-" + c,
                  () -> {
                    long returned = 0;
                    while (true) {
                      try {
                        byMessage.add("k", 1);
                        returned++;
                      } catch (ServerExitedException exited) {
                        return returned;
                      }
                    }
                  }));
        }
      }
      Thread.sleep(5); // the calls run meanwhile
      exiting.exit();
      for (CompletableFuture<Long> caller : callers) {
        OnUserThread.await(caller);
      }
      ShutdownReport report = kernel.shutdown();
      kernel = null;
      assertTrue(report.clean(), "round " + round + ": " + report);
      start();
    }
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
