package org.k42j.kernel.ppc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.fixture.Store;

/**
 * {@link Ppc#withTimeout}: a synchronous call that does not finish within its bound fails with
 * {@link PpcTimeoutException}, on the migrating path (a server method that blocks, one that
 * computes past the deadline), on a server's own threads and by message; the late result is dropped
 * and counted. The waits are bounded by the timeouts under test and by a hang guard.
 */
class PpcTimeoutTest extends BootedKernel {
  private static final Duration BOUND = Duration.ofMillis(100);

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
    remote = ppc.bind(ppc.export(server, Store.class, store), Store.class);
  }

  @Test
  void aMigratedCallBlockedInTheServerFailsAtItsDeadlineAndTheServerServesOn() throws Throwable {
    Store bounded = Ppc.withTimeout(remote, BOUND);
    long began = System.nanoTime();
    Throwable thrown =
        OnUserThread.failure(
            OnUserThread.start(
                client,
                "caller",
                () -> {
                  bounded.hold("never");
                  return "returned";
                }));
    long waited = System.nanoTime() - began;
    PpcTimeoutException timeout = assertInstanceOf(PpcTimeoutException.class, thrown);
    assertTrue(timeout.getMessage().contains("PT0.1S"), timeout.getMessage());
    assertTrue(waited >= BOUND.toNanos(), waited + " ns: failed before its bound");
    assertEquals(1, ppc.timeouts());
    assertEquals(0, ppc.lateResults()); // the server's method was unwound: it never finished
    assertEquals(0, ppc.activeCalls(server, 0));
    assertEquals(4, (long) OnUserThread.run(client, () -> bounded.add("k", 4)));
  }

  @Test
  void aMigratedCallThatComputesPastItsDeadlineHasItsResultDroppedAndCounted() throws Throwable {
    Store slow =
        ppc.bind(
            ppc.export(
                server,
                Store.class,
                new MapStore() {
                  @Override
                  public long count(String key) {
                    long until = System.nanoTime() + 3 * BOUND.toNanos();
                    while (System.nanoTime() < until) {
                      Thread.onSpinWait(); // no kernel call: the deadline is seen as it returns
                    }
                    return 7;
                  }
                }),
            Store.class);
    Store bounded = Ppc.withTimeout(slow, BOUND);
    Throwable thrown =
        OnUserThread.failure(OnUserThread.start(client, "caller", () -> bounded.count("k")));
    assertInstanceOf(PpcTimeoutException.class, thrown);
    assertEquals(1, ppc.timeouts());
    assertEquals(1, ppc.lateResults());
  }

  @Test
  void aDeadlineThatDidNotPassNeverCancelsALaterCallOfTheSameThread() throws Throwable {
    Store bounded = Ppc.withTimeout(remote, BOUND);
    CompletableFuture<String> caller =
        OnUserThread.start(
            client,
            "caller",
            () -> {
              assertEquals(1, bounded.add("k", 1)); // arms a timer for this call only
              remote.hold("g"); // unbounded, at the same depth, outliving the first deadline
              return "returned";
            });
    store.gate("g").awaitArrivals(1);
    Thread.sleep(3 * BOUND.toMillis()); // the first call's timer fires meanwhile
    store.gate("g").open();
    assertEquals("returned", OnUserThread.await(caller));
    assertEquals(0, ppc.timeouts());
  }

  @Test
  void onAServersOwnThreadsTheCallerIsReleasedAtTheDeadlineAndTheLateResultCounted()
      throws Throwable {
    ppc.useServerThreads(server, true);
    Store bounded = Ppc.withTimeout(remote, BOUND);
    Throwable thrown =
        OnUserThread.failure(
            OnUserThread.start(
                client,
                "caller",
                () -> {
                  bounded.hold("g");
                  return "returned";
                }));
    assertInstanceOf(PpcTimeoutException.class, thrown);
    assertEquals(1, ppc.timeouts());
    store.gate("g").open(); // the server thread finishes now; its result has no one to go to
    awaitCount(ppc::lateResults, 1);
    assertEquals(1, ppc.lateResults());
  }

  @Test
  void byMessageTheCallerIsReleasedAtTheDeadlineAndTheLateResultCounted() throws Throwable {
    Store bounded = Ppc.withTimeout(Ppc.onProcessor(remote, 1), BOUND);
    Throwable thrown =
        OnUserThread.failure(
            OnUserThread.start(
                client,
                "caller",
                () -> {
                  bounded.hold("g");
                  return "returned";
                }));
    assertInstanceOf(PpcTimeoutException.class, thrown);
    assertEquals(1, ppc.timeouts());
    store.gate("g").open();
    awaitCount(ppc::lateResults, 1);
    assertEquals(1, ppc.lateResults());
    assertEquals(2, (long) OnUserThread.run(client, () -> bounded.add("k", 2)));
  }

  @Test
  void aTimeoutIsRefusedForWhatIsNotAStubOrNotPositive() {
    assertThrows(IllegalArgumentException.class, () -> Ppc.withTimeout(store, BOUND));
    assertThrows(IllegalArgumentException.class, () -> Ppc.withTimeout(remote, Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> Ppc.withTimeout(remote, Duration.ofMillis(-1)));
  }

  private static void awaitCount(LongSupplier count, long expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // a hang guard only
    while (count.getAsLong() < expected) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(count.getAsLong() + " of " + expected + " within a minute");
      }
      Thread.sleep(1);
    }
  }
}
