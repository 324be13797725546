package org.k42j.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.testing.PinnedIdentity;
import org.k42j.runtime.Processors;

class SlotArenaTest {
  private final Machine machine = Machine.uniform(2, 1);
  private Processors.Installation installed;

  @BeforeEach
  void install() {
    PinnedIdentity.pin(0);
    installed = Processors.install(new PinnedIdentity(2, true), machine);
  }

  @AfterEach
  void restore() {
    PinnedIdentity.pin(0);
    installed.close();
  }

  @Test
  void recordsHoldTheirWordsAndComeBackZeroed() {
    SlotArena arena = new SlotArena(machine, 8, 3, 2);
    PinnedIdentity.pin(1);
    int record = arena.allocate();
    int neighbour = arena.allocate();
    assertEquals(1, arena.slots().nodeOf(record));
    arena.set(record, 0, 7);
    arena.set(record, 2, -1);
    arena.set(neighbour, 0, 99);
    assertEquals(7, arena.get(record, 0));
    assertEquals(0, arena.get(record, 1));
    assertEquals(-1, arena.get(record, 2));
    arena.free(record);
    assertEquals(record, arena.allocate());
    assertEquals(0, arena.get(record, 0));
    assertEquals(0, arena.get(record, 2));
    assertEquals(99, arena.get(neighbour, 0));
  }

  @Test
  void wordsOutsideARecordAreRefused() {
    SlotArena arena = new SlotArena(machine, 8, 3);
    int record = arena.allocate();
    assertEquals(
        "Index 3 out of bounds for length 3",
        assertThrows(IndexOutOfBoundsException.class, () -> arena.get(record, 3)).getMessage());
    assertEquals(
        "Index 16 out of bounds for length 16",
        assertThrows(IndexOutOfBoundsException.class, () -> arena.set(16, 0, 1)).getMessage());
  }

  @Test
  void arenaTooLargeForOneArrayPerNodeIsRefused() {
    assertEquals(
        "an arena of 1073741824 slots of 4 words per node does not fit one long[] per node; give"
            + " at least one word per slot and at most 2147483639 words per node",
        assertThrows(IllegalArgumentException.class, () -> new SlotArena(machine, 1 << 30, 4))
            .getMessage());
  }
}
