package org.k42j.examples.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.examples.SideBySide;
import org.k42j.examples.SideBySide.Outcome;

/**
 * The three forms of the allocator keep the contract alike on the same operations from four
 * processors. The two clustered forms are built from the same declaration and must return the very
 * same ids at every step; the locked original picks ids in another order (the contract leaves it
 * open), so against it what is compared is what the contract fixes: every allocation returns an id
 * that is not allocated (in each form), the allocated counts agree, and bad releases fail alike.
 */
class PortedIdAllocatorEquivalenceTest {
  private static final int PROCESSORS = 4;

  private SideBySide<IdAllocator> forms;

  /** Per form: the ids it has handed out and not taken back. */
  private final List<Set<Long>> live = new ArrayList<>();

  @BeforeEach
  void threeForms() throws Exception {
    forms =
        new SideBySide<IdAllocator>(PROCESSORS)
            .form("locked", new LockedIdAllocator())
            .form("run-time clustered", RuntimeClusteredIdAllocator.create())
            .form("annotation clustered", ClusteredIdAllocator_Factory.create());
    live.clear();
    for (int i = 0; i < 3; i++) {
      live.add(new HashSet<>());
    }
  }

  @AfterEach
  void stop() {
    forms.close();
  }

  /** Allocates on every form; checks each id is new to its form and both clustered forms agree. */
  private List<Long> allocate(int processor) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (Outcome outcome : forms.outcomes(processor, IdAllocator::allocate).values()) {
      ids.add((Long) outcome.result());
    }
    assertEquals(ids.get(1), ids.get(2), "the clustered forms hand out the same id");
    for (int form = 0; form < 3; form++) {
      long id = ids.get(form);
      assertTrue(id >= 0, "ids are not negative");
      assertTrue(live.get(form).add(id), "id " + id + " handed out twice by form " + form);
    }
    return ids;
  }

  /** Releases on every form the id it handed out at the same step. */
  private void release(int processor, List<Long> ids) throws Exception {
    int form = 0;
    for (String name : forms.forms().keySet()) {
      long id = ids.get(form);
      live.get(form).remove(id);
      Outcome outcome = forms.outcome(name, processor, a -> run(() -> a.release(id)));
      assertEquals(new Outcome(null, null, null), outcome, name);
      form++;
    }
  }

  private long allocated(int processor) throws Exception {
    return (Long) forms.same(processor, IdAllocator::allocated, "allocated()").result();
  }

  @Test
  void freshIdsAreDistinctAndReleasedOnesComeBackOnTheReleasingProcessor() throws Exception {
    List<List<Long>> handedOut = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      handedOut.add(allocate(i % PROCESSORS));
    }
    assertEquals(10L, allocated(0));
    release(2, handedOut.get(0));
    assertEquals(9L, allocated(3));
    List<Long> again = allocate(2);
    // The clustered forms reuse what processor 2 just released, from its own free list.
    assertEquals(handedOut.get(0).get(1), again.get(1));
  }

  @Test
  void negativeReleasesFailAlike() throws Exception {
    assertEquals(
        IllegalArgumentException.class,
        forms.same(1, a -> run(() -> a.release(-5)), "release(-5)").thrown());
  }

  @Test
  void seededRandomMixesKeepTheContractAlike() throws Exception {
    for (long seed : new long[] {11, 4_242, 31_415_926}) {
      stop();
      threeForms();
      Random random = new Random(seed);
      List<List<Long>> held = new ArrayList<>();
      for (int i = 0; i < 3_000; i++) {
        int processor = random.nextInt(PROCESSORS);
        int choice = random.nextInt(100);
        if (choice < 50 || held.isEmpty()) {
          held.add(allocate(processor));
        } else if (choice < 90) {
          release(processor, held.remove(random.nextInt(held.size())));
        } else {
          assertEquals((long) held.size(), allocated(processor), "seed " + seed + ", step " + i);
        }
      }
    }
  }

  private static Object run(Runnable action) {
    action.run();
    return null;
  }
}
