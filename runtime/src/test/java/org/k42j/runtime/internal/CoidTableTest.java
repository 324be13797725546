package org.k42j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.Coid;
import org.k42j.runtime.StaleCoidException;
import org.k42j.runtime.testing.Workers;

/** The global translation table's bookkeeping, on private tables so results are exact. */
class CoidTableTest {
  private static ClusterRoot<?, ?> newRoot() {
    return new IdleRoot("CoidTableTest.Idle");
  }

  @Test
  void releasedIndexIsReusedUnderTheNextGenerationAndTheOldCoidGoesStale() {
    CoidTable table = new CoidTable();
    ClusterRoot<?, ?> first = newRoot();
    Coid old = table.register(first);
    assertEquals(new Coid(0, 0), old);
    assertSame(first, table.resolve(old));

    table.release(old);
    ClusterRoot<?, ?> second = newRoot();
    Coid reused = table.register(second);
    assertEquals(new Coid(0, 1), reused);
    assertSame(second, table.resolve(reused));

    StaleCoidException e = assertThrows(StaleCoidException.class, () -> table.resolve(old));
    assertTrue(e.getMessage().contains("coid 0#0 is stale"), e.getMessage());
    assertTrue(e.getMessage().contains("generation 1"), e.getMessage());
  }

  @Test
  void releasingTwiceFreesTheIndexOnce() {
    CoidTable table = new CoidTable();
    Coid coid = table.register(newRoot());
    table.release(coid);
    table.release(coid);
    Coid a = table.register(newRoot());
    Coid b = table.register(newRoot());
    assertNotEquals(a.index(), b.index(), "one index handed to two live objects");
    assertEquals(2, table.live());
  }

  @Test
  void aCoidNoObjectEverHeldIsStale() {
    CoidTable table = new CoidTable();
    StaleCoidException e =
        assertThrows(StaleCoidException.class, () -> table.resolve(new Coid(5, 0)));
    assertTrue(e.getMessage().contains("no object ever held that index"), e.getMessage());
    assertThrows(StaleCoidException.class, () -> table.resolve(new Coid(-1, 0)));
  }

  private static Coid registerUnreferencedRoot(CoidTable table) {
    return table.register(newRoot());
  }

  @Test
  void anUnreferencedRootIsCollectedAndItsIndexReclaimed() throws InterruptedException {
    CoidTable table = new CoidTable();
    Coid forgotten = registerUnreferencedRoot(table);
    // Eventual reclamation, not timing: the collector may need several requests.
    for (int attempt = 0; attempt < 100 && table.live() > 0; attempt++) {
      System.gc();
      Thread.sleep(20);
    }
    assertEquals(0, table.live(), "the collected root's index was not reclaimed");
    assertThrows(StaleCoidException.class, () -> table.resolve(forgotten));
    ClusterRoot<?, ?> next = newRoot();
    Coid reused = table.register(next);
    assertEquals(new Coid(forgotten.index(), forgotten.generation() + 1), reused);
    assertSame(next, table.resolve(reused));
  }

  /**
   * Eight threads register and release at once, 100,000 times each: a COID always resolves to the
   * root registered under it, never to another thread's, and every index comes back.
   */
  @Test
  void concurrentRegisterAndReleaseNeverHandOneIndexToTwoLiveRoots() throws Exception {
    CoidTable table = new CoidTable();
    Set<Integer> indexes = new HashSet<>();
    Workers.run(
        8,
        t -> {
          ClusterRoot<?, ?> mine = newRoot();
          Set<Integer> seen = new HashSet<>();
          for (int i = 0; i < 100_000; i++) {
            Coid coid = table.register(mine);
            assertSame(mine, table.resolve(coid), "resolved another thread's root");
            seen.add(coid.index());
            table.release(coid);
            assertThrows(StaleCoidException.class, () -> table.resolve(coid));
          }
          synchronized (indexes) {
            indexes.addAll(seen);
          }
        });
    assertEquals(0, table.live());
    // A thread frees its index before it registers again, so a fresh index is only drawn when
    // every earlier one is held by another thread: eight threads never need more than eight.
    assertTrue(indexes.size() <= 8, indexes.size() + " indexes for 8 live objects at most");
  }
}
