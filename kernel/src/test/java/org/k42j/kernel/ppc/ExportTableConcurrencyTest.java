package org.k42j.kernel.ppc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.machine.Machine;

/**
 * The export table resolves handles in per-processor reps ({@link Exports}): eight processors
 * resolving, revoking and exporting at once get exact answers (never a revoked export, never
 * another object's), and the counts of exports, revocations and resolutions add up exactly.
 */
class ExportTableConcurrencyTest extends BootedKernel {
  private static final int PROCESSORS = 8;
  private static final int PER_PROCESSOR = 8;

  private ExportTable table;
  private ServerSpace server;
  private Dispatcher[] on;

  /** An exported object: its identity is what a resolution must return. */
  private record Target(int owner, int serial) implements Runnable {
    @Override
    public void run() {}
  }

  @BeforeEach
  void start() {
    boot(Machine.uniform(2, PROCESSORS / 2));
    AddressSpace space = kernel.createAddressSpace("server");
    server = new ServerSpace(space, kernel.ppc(), PROCESSORS);
    table = new ExportTable(); // made under the kernel's identity: per-processor reps, unguarded
    AddressSpace clients = kernel.createAddressSpace("clients");
    on = new Dispatcher[PROCESSORS];
    for (int p = 0; p < PROCESSORS; p++) {
      on[p] = clients.createDispatcher(p);
    }
  }

  private Export export(Object target) {
    return table.add(server, Runnable.class, target, null);
  }

  @Test
  void eightProcessorsResolveFromTheirOwnRepsWithExactTotals() throws Throwable {
    int handles = PROCESSORS * PER_PROCESSOR;
    List<Export> exports = new ArrayList<>();
    for (int i = 0; i < handles; i++) {
      exports.add(export(new Target(-1, i)));
    }
    int rounds = 2_000;
    List<CompletableFuture<Void>> resolvers = new ArrayList<>();
    for (int p = 0; p < PROCESSORS; p++) {
      int first = p;
      resolvers.add(
          OnUserThread.start(
              on[p],
              "resolver",
              () -> {
                for (int r = 0; r < rounds; r++) {
                  for (int i = 0; i < handles; i++) {
                    Export expected = exports.get((first + i) % handles);
                    // a copy of the handle: resolved by value, not by identity
                    ObjectHandle copy =
                        new ObjectHandle(
                            expected.handle.server(),
                            expected.handle.slot(),
                            expected.handle.generation(),
                            expected.handle.exported());
                    if (table.resolve(copy) != expected) {
                      throw new AssertionError(copy + " resolved to another export");
                    }
                  }
                  if (r % 500 == 0) {
                    org.k42j.kernel.dispatch.UThread.yieldNow();
                  }
                }
                return null;
              }));
    }
    for (CompletableFuture<Void> resolver : resolvers) {
      OnUserThread.await(resolver);
    }
    assertSame(exports.get(3), table.resolve(exports.get(3).handle)); // a plain thread: the root

    ExportTable.Counts counts = table.counts();
    assertEquals(handles, counts.exports());
    assertEquals(0, counts.revocations());
    assertEquals(handles, counts.live());
    assertEquals((long) PROCESSORS * rounds * handles + 1, counts.resolutions());
    // each processor missed each slot once, the first time; every other resolution was local
    assertEquals((long) PROCESSORS * handles, counts.cacheMisses());
    assertEquals((long) PROCESSORS * (rounds - 1) * handles, counts.cacheHits());
    assertEquals(1, counts.plainThreadResolutions());
  }

  @Test
  void revocationsRacingResolutionsOnEveryProcessorNeverAnswerARevokedOrForeignExport()
      throws Throwable {
    AtomicReferenceArray<Export> published = new AtomicReferenceArray<>(PROCESSORS);
    for (int p = 0; p < PROCESSORS; p++) {
      published.set(p, export(new Target(p, 0)));
    }
    int rounds = 3_000;
    List<CompletableFuture<long[]>> workers = new ArrayList<>();
    for (int p = 0; p < PROCESSORS; p++) {
      int self = p;
      workers.add(
          OnUserThread.start(
              on[p],
              "worker",
              () -> {
                SplittableRandom random = new SplittableRandom(self);
                long resolved = 0;
                long stale = 0;
                for (int r = 1; r <= rounds; r++) {
                  // others' objects: the live export, or refused, never a revoked or wrong one
                  for (int k = 0; k < 4; k++) {
                    Export seen = published.get(random.nextInt(PROCESSORS));
                    try {
                      Export got = table.resolve(seen.handle);
                      if (got != seen) { // (its owner may revoke it right after: a race)
                        throw new AssertionError(seen + " resolved to " + got);
                      }
                      resolved++;
                    } catch (StaleHandleException revokedMeanwhile) {
                      stale++;
                    }
                  }
                  // my object: resolve it (cached), revoke it, and its handle is refused at once
                  Export mine = published.get(self);
                  if (table.resolve(mine.handle) != mine) {
                    throw new AssertionError(mine + " did not resolve to itself");
                  }
                  table.revoke(mine.handle);
                  try {
                    Export wrong = table.resolve(mine.handle);
                    throw new AssertionError(mine + " resolved after its revocation: " + wrong);
                  } catch (StaleHandleException expected) {
                    stale++;
                  }
                  published.set(self, export(new Target(self, r)));
                  if (r % 100 == 0) {
                    org.k42j.kernel.dispatch.UThread.yieldNow();
                  }
                }
                return new long[] {resolved, stale};
              }));
    }
    long resolved = 0;
    long stale = 0;
    for (CompletableFuture<long[]> worker : workers) {
      long[] outcome = OnUserThread.await(worker);
      resolved += outcome[0];
      stale += outcome[1];
    }
    ExportTable.Counts counts = table.counts();
    assertEquals(PROCESSORS + (long) PROCESSORS * rounds, counts.exports());
    assertEquals((long) PROCESSORS * rounds, counts.revocations());
    assertEquals(PROCESSORS, counts.live());
    // per round: 4 of others' objects, mine before and after its revocation
    assertEquals((long) PROCESSORS * rounds * 6, counts.resolutions());
    assertEquals(counts.resolutions(), resolved + stale + (long) PROCESSORS * rounds);
    for (int p = 0; p < PROCESSORS; p++) {
      Export last = published.get(p);
      assertSame(last, table.resolve(last.handle));
      assertEquals(new Target(p, rounds), last.target);
    }
  }

  @Test
  void aRevokedObjectIsNotKeptByAnyProcessorsCache() throws Throwable {
    Object target = new Target(0, 0);
    WeakReference<Object> weak = new WeakReference<>(target);
    ObjectHandle handle = export(target).handle;
    target = null;
    for (Dispatcher dispatcher : on) {
      OnUserThread.run( // cached on every processor
          dispatcher,
          () -> {
            table.resolve(handle);
            return null; // the test keeps no reference to the export
          });
    }
    assertEquals(PROCESSORS, table.counts().cacheMisses());
    table.revoke(handle);
    for (Dispatcher dispatcher : on) {
      Throwable refused =
          OnUserThread.failure(dispatcher.submit("stale", () -> table.resolve(handle)));
      assertTrue(refused instanceof StaleHandleException, String.valueOf(refused));
    }
    for (int i = 0; i < 50 && weak.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertNull(weak.get(), "a processor's cache still holds the revoked object");
    assertThrows(StaleHandleException.class, () -> table.resolve(handle));
  }
}
