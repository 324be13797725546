package org.k42j.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.testing.Workers;

/** The default identity: slots in range, spread by thread id, moved by contention. */
class ThreadSlotIdentityTest {
  @Test
  void idsStayInRangeWhileEightThreadsMoveAMillionTimesEach() throws Exception {
    for (int count : new int[] {1, 3, 7, 8}) {
      ThreadSlotIdentity identity = new ThreadSlotIdentity(count);
      AtomicInteger outOfRange = new AtomicInteger();
      Workers.run(
          8,
          t -> {
            for (int i = 0; i < 1_000_000; i++) {
              int slot = identity.current();
              if (slot < 0 || slot >= count) {
                outOfRange.incrementAndGet();
              }
              if ((i & 3) == 0) {
                identity.contended();
              }
            }
          });
      assertEquals(0, outOfRange.get(), "ids outside 0.." + (count - 1));
    }
  }

  @Test
  @SuppressWarnings("deprecation") // Thread.getId(): threadId() is Java 19+
  void threadsWithConsecutiveIdsStartOnDistinctSlots() throws Exception {
    int count = 8;
    ThreadSlotIdentity identity = new ThreadSlotIdentity(count);
    Thread[] threads = new Thread[count];
    int[] slots = new int[count];
    // Thread ids come from a global counter; another thread started elsewhere can take one in the
    // middle, so retry until this batch got consecutive ids.
    for (int attempt = 0; ; attempt++) {
      for (int t = 0; t < count; t++) {
        int index = t;
        threads[t] = new Thread(() -> slots[index] = identity.current());
      }
      boolean consecutive = true;
      for (int t = 1; t < count; t++) {
        consecutive &= threads[t].getId() == threads[t - 1].getId() + 1;
      }
      if (consecutive) {
        break;
      }
      assertTrue(attempt < 100, "never got eight consecutive thread ids");
    }
    for (Thread thread : threads) {
      thread.start();
      thread.join();
    }
    Set<Integer> distinct = new HashSet<>();
    for (int slot : slots) {
      distinct.add(slot);
    }
    assertEquals(count, distinct.size(), "slots of consecutive threads: " + distinct);
  }

  @Test
  void contendedMovesTheCallingThreadToTheNextSlotAndNoOtherThread() throws Exception {
    ThreadSlotIdentity identity = new ThreadSlotIdentity(5);
    CountDownLatch moved = new CountDownLatch(1);
    int[] bystander = new int[2];
    Thread other =
        new Thread(
            () -> {
              bystander[0] = identity.current();
              try {
                moved.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              bystander[1] = identity.current();
            });
    other.start();

    int before = identity.current();
    identity.contended();
    assertEquals((before + 1) % 5, identity.current());
    for (int i = 0; i < 4; i++) {
      identity.contended();
    }
    assertEquals(before, identity.current(), "five moves on five slots come back around");
    identity.contended();
    moved.countDown();
    other.join();
    assertEquals(bystander[0], bystander[1], "another thread's slot moved with ours");
  }

  @Test
  void aSingleSlotIdentityNeverMoves() {
    ThreadSlotIdentity identity = new ThreadSlotIdentity(1);
    identity.contended();
    assertEquals(0, identity.current());
    assertEquals(1, identity.count());
  }

  @Test
  void anIdentityWithoutSlotsIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ThreadSlotIdentity(0));
    assertTrue(e.getMessage().contains("at least one slot"), e.getMessage());
  }

  @Test
  void uniformTopologyAssignsBlocksOfProcessorsRoundRobin() {
    UniformTopology topology = new UniformTopology(2, 4);
    int[] nodes = new int[12];
    for (int p = 0; p < 12; p++) {
      nodes[p] = topology.nodeOf(p);
    }
    assertEquals("[0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0]", java.util.Arrays.toString(nodes));
    assertEquals(0, UniformTopology.single().nodeOf(Integer.MAX_VALUE - 1));
    assertEquals(1, UniformTopology.single().nodeCount());
    assertThrows(IllegalArgumentException.class, () -> new UniformTopology(0, 4));
    assertThrows(IllegalArgumentException.class, () -> new UniformTopology(2, 0));
  }
}
