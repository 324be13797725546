package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.fixture.rooted.Journal;

/** COIDs through the public API: resolve, staleness, reuse of destroyed and collected indexes. */
class CoidTest {
  /** More than the indexes any run of this suite frees before a test looks for reuse. */
  private static final int REUSE_BOUND = 200_000;

  @Test
  void resolveReturnsTheLiveHandle() {
    Counter counter = Counter_Factory.create();
    Coid coid = ClusteredObjects.coid(counter);
    assertSame(counter, ClusteredObjects.resolve(coid, Counter.class));
    assertEquals(coid, ClusteredObjects.stats(counter).coid());

    ClusteredObjectException e =
        assertThrows(
            ClusteredObjectException.class, () -> ClusteredObjects.resolve(coid, Journal.class));
    assertTrue(e.getMessage().contains("resolve it with its own contract"), e.getMessage());
    ClusteredObjects.destroy(counter);
  }

  @Test
  void aDestroyedObjectsIndexIsReusedUnderANewGeneration() {
    Counter destroyed = Counter_Factory.create();
    Coid old = ClusteredObjects.coid(destroyed);
    ClusteredObjects.destroy(destroyed);
    assertThrows(StaleCoidException.class, () -> ClusteredObjects.resolve(old, Counter.class));

    Counter successor = createUntilIndexReused(old);
    Coid reused = ClusteredObjects.coid(successor);
    assertEquals(old.generation() + 1, reused.generation());
    assertSame(successor, ClusteredObjects.resolve(reused, Counter.class));
    StaleCoidException e =
        assertThrows(StaleCoidException.class, () -> ClusteredObjects.resolve(old, Counter.class));
    assertTrue(e.getMessage().contains(old + " is stale"), e.getMessage());
    ClusteredObjects.destroy(successor);
  }

  private static Coid createAndForget() {
    Counter counter = Counter_Factory.create();
    counter.add(1);
    return ClusteredObjects.coid(counter);
  }

  @Test
  void anUnreferencedObjectIsCollectedAndItsIndexReclaimed() throws InterruptedException {
    Coid forgotten = createAndForget();
    boolean stale = false;
    // Eventual reclamation, not timing: the collector may need several requests.
    for (int attempt = 0; attempt < 100 && !stale; attempt++) {
      System.gc();
      Thread.sleep(20);
      try {
        ClusteredObjects.resolve(forgotten, Counter.class);
      } catch (StaleCoidException e) {
        stale = true;
      }
    }
    assertTrue(stale, "an object nobody references was never collected");
    Counter successor = createUntilIndexReused(forgotten);
    assertEquals(forgotten.generation() + 1, ClusteredObjects.coid(successor).generation());
    ClusteredObjects.destroy(successor);
  }

  /**
   * Creates objects until one gets {@code old}'s index (freed indexes are reused in the order they
   * were freed), destroys the others, and returns that one.
   */
  private static Counter createUntilIndexReused(Coid old) {
    List<Counter> others = new ArrayList<>();
    try {
      for (int i = 0; i < REUSE_BOUND; i++) {
        Counter counter = Counter_Factory.create();
        if (ClusteredObjects.coid(counter).index() == old.index()) {
          return counter;
        }
        others.add(counter);
      }
      return fail("index " + old.index() + " was not reused after " + REUSE_BOUND + " creations");
    } finally {
      others.forEach(ClusteredObjects::destroy);
    }
  }
}
