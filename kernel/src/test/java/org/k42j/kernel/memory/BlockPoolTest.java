package org.k42j.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.testing.PinnedIdentity;
import org.k42j.runtime.Processors;

class BlockPoolTest {
  private final Machine machine = Machine.uniform(2, 2);
  private Processors.Installation installed;

  /** A kernel record: which node made it, and what it holds. */
  static final class Record {
    final int madeOn;
    long payload;

    Record(int madeOn) {
      this.madeOn = madeOn;
    }
  }

  @BeforeEach
  void install() {
    PinnedIdentity.pin(0);
    installed = Processors.install(new PinnedIdentity(4, true), machine);
  }

  @AfterEach
  void restore() {
    PinnedIdentity.pin(0);
    installed.close();
  }

  @Test
  void blocksAreMadeOnTheirNodeOnceAndReused() {
    AtomicInteger made = new AtomicInteger();
    BlockPool<Record> pool =
        new BlockPool<>(
            machine,
            16,
            4,
            node -> {
              made.incrementAndGet();
              return new Record(node);
            });
    PinnedIdentity.pin(3);
    Block<Record> block = pool.allocate();
    assertEquals(1, block.node());
    assertEquals(1, block.value().madeOn);
    assertEquals(3, block.home());
    block.value().payload = 42;
    pool.free(block);
    assertEquals(-1, block.home());
    Block<Record> again = pool.allocate();
    assertSame(block, again);
    assertEquals(42, again.value().payload); // recycled as it was left
    assertEquals(1, made.get());
  }

  @Test
  void foreignFreeSendsTheBlockHome() {
    BlockPool<Record> pool = new BlockPool<>(machine, 16, 1, Record::new);
    PinnedIdentity.pin(0);
    Block<Record> block = pool.allocate();
    PinnedIdentity.pin(2);
    pool.free(block);
    assertEquals(1, pool.stats().processor(2).remoteFrees());
    PinnedIdentity.pin(0);
    assertSame(block, pool.allocate());
    assertEquals(1, pool.stats().node(0).returnedHome());
  }

  @Test
  void failingFactoryLeavesTheSlotFree() {
    BlockPool<Record> pool =
        new BlockPool<>(
            machine,
            1,
            1,
            node -> {
              throw new IllegalStateException("no record today");
            });
    assertEquals(
        "no record today", assertThrows(IllegalStateException.class, pool::allocate).getMessage());
    assertEquals(2, pool.slots().freeSlots().length);
  }

  @Test
  void blockOfAnotherPoolIsRefused() {
    BlockPool<Record> one = new BlockPool<>(machine, 4, Record::new);
    BlockPool<Record> other = new BlockPool<>(machine, 4, Record::new);
    Block<Record> block = one.allocate();
    assertEquals(
        block + " belongs to another pool; free a block to the pool that allocated it",
        assertThrows(IllegalArgumentException.class, () -> other.free(block)).getMessage());
  }
}
