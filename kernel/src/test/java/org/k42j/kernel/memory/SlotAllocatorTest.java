package org.k42j.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.machine.MachineSpecs;
import org.k42j.kernel.testing.PinnedIdentity;
import org.k42j.runtime.Processors;

class SlotAllocatorTest {
  private Processors.Installation installed;

  @BeforeEach
  void startOnProcessorZero() {
    PinnedIdentity.pin(0);
  }

  private SlotAllocator allocator(Machine machine, int perNode, int batch) {
    installed = Processors.install(new PinnedIdentity(machine.processorCount(), true), machine);
    return new SlotAllocator(machine, perNode, batch);
  }

  @AfterEach
  void restore() {
    PinnedIdentity.pin(0);
    if (installed != null) {
      installed.close();
    }
  }

  @Test
  void allocationsFromAProcessorComeFromItsNode() {
    Machine machine = Machine.uniform(4, 2);
    SlotAllocator slots = allocator(machine, 1000, 8);
    for (int processor = 0; processor < 8; processor++) {
      PinnedIdentity.pin(processor);
      for (int i = 0; i < 100; i++) {
        int slot = slots.allocate();
        assertEquals(machine.nodeOf(processor), slots.nodeOf(slot));
        assertEquals(processor, slots.homeOf(slot));
      }
    }
    AllocationStats stats = slots.stats();
    for (int processor = 0; processor < 8; processor++) {
      assertEquals(100, stats.processor(processor).localAllocations());
      assertEquals(0, stats.processor(processor).remoteAllocations());
      assertEquals(13, stats.processor(processor).refills()); // ceil(100 / 8)
    }
    assertEquals(200, stats.node(3).localAllocations());
    assertEquals(800, stats.total().allocations());
    assertEquals(26, stats.pool(1).refills());
    assertEquals(1000 - 2 * 13 * 8, stats.pool(1).free());
  }

  @Test
  void freeOnAForeignProcessorGoesBackToItsHome() {
    SlotAllocator slots = allocator(Machine.uniform(2, 2), 10, 1);
    PinnedIdentity.pin(0);
    int slot = slots.allocate();
    PinnedIdentity.pin(3);
    slots.free(slot);
    assertEquals(-1, slots.homeOf(slot));
    PinnedIdentity.pin(0);
    assertEquals(slot, slots.allocate()); // the home took it back before refilling
    AllocationStats stats = slots.stats();
    assertEquals(1, stats.processor(3).remoteFrees());
    assertEquals(0, stats.processor(3).localFrees());
    assertEquals(1, stats.processor(0).returnedHome());
    assertEquals(1, stats.processor(0).refills());
    assertEquals(2, stats.processor(0).localAllocations());
  }

  @Test
  void freeOnTheHomeProcessorIsReusedFirst() {
    SlotAllocator slots = allocator(Machine.uniform(1, 2), 10, 4);
    int first = slots.allocate();
    slots.free(first);
    assertEquals(first, slots.allocate());
    assertEquals(1, slots.stats().processor(0).localFrees());
  }

  @Test
  void fullCacheSpillsItsColderHalfToTheNodePool() {
    SlotAllocator slots = allocator(Machine.uniform(1, 1), 100, 2);
    int[] held = new int[9];
    for (int i = 0; i < held.length; i++) {
      held[i] = slots.allocate();
    }
    for (int slot : held) {
      slots.free(slot);
    }
    AllocationStats stats = slots.stats();
    assertEquals(5, stats.processor(0).refills()); // 2 + 2 + 2 + 2 + 1
    // The ninth allocation left one slot cached; the cache holds at most 4, so the 4th, 6th and
    // 8th frees found it full and spilled 2 each.
    assertEquals(3, stats.processor(0).spills());
    assertEquals(100 - 4, stats.pool(0).free());
    assertEquals(100, slots.freeSlots().length);
  }

  @Test
  void exhaustedNodeBorrowsFromTheNearestNodeAndGetsItBack() {
    Machine machine =
        MachineSpecs.fileText(
            "three", "node 0: 0\nnode 1: 1\nnode 2: 2\ndistances\n10 30 15\n30 10 30\n15 30 10\n");
    SlotAllocator slots = allocator(machine, 2, 2);
    int a = slots.allocate();
    int b = slots.allocate();
    int borrowed = slots.allocate();
    assertEquals(0, slots.nodeOf(a));
    assertEquals(0, slots.nodeOf(b));
    assertEquals(2, slots.nodeOf(borrowed)); // node 2 is nearer than node 1
    AllocationStats during = slots.stats();
    assertEquals(2, during.processor(0).localAllocations());
    assertEquals(1, during.processor(0).remoteAllocations());
    assertEquals(1, during.pool(2).remoteTakes());
    assertEquals(1, during.pool(2).free());
    slots.free(borrowed); // home frees it: straight back to node 2, not into the cache
    assertEquals(2, slots.stats().pool(2).free());
  }

  @Test
  void slotsWaitingOnRemoteFreeListsAreReclaimedBeforeExhaustion() {
    SlotAllocator slots = allocator(Machine.uniform(1, 2), 2, 2);
    PinnedIdentity.pin(0);
    int a = slots.allocate();
    int b = slots.allocate();
    PinnedIdentity.pin(1);
    slots.free(a); // waits on processor 0's remote-free list
    slots.free(b);
    assertEquals(Set.of(a, b), Set.of(slots.allocate(), slots.allocate()));
  }

  @Test
  void exhaustionIsReportedWithTheSizeAndWhatToDo() {
    SlotAllocator slots = allocator(Machine.uniform(2, 1), 3, 2);
    for (int i = 0; i < 6; i++) {
      slots.allocate();
    }
    assertEquals(
        "no free block on any of the 2 nodes (3 per node); free blocks, or create the allocator"
            + " with more blocks per node (up to 2 x 2 per processor may sit in processor caches)",
        assertThrows(OutOfBlocksException.class, slots::allocate).getMessage());
  }

  @Test
  void misusedFreesAreRefused() {
    SlotAllocator slots = allocator(Machine.uniform(1, 1), 4, 2);
    int slot = slots.allocate();
    slots.free(slot);
    assertEquals(
        "slot " + slot + " is already free (freed twice, or never allocated); free a block once",
        assertThrows(IllegalStateException.class, () -> slots.free(slot)).getMessage());
    assertEquals(
        "slot 4 is not a slot of this allocator (0..3); free only what allocate() returned",
        assertThrows(IllegalArgumentException.class, () -> slots.free(4)).getMessage());
  }

  @Test
  void processorOutsideTheMachineIsRefused() {
    Machine machine = Machine.uniform(1, 2);
    installed = Processors.install(new PinnedIdentity(4, true), machine);
    SlotAllocator slots = new SlotAllocator(machine, 4, 2);
    PinnedIdentity.pin(3);
    assertEquals(
        "processor 3 allocates, but the allocator serves the 2 processors of Machine[1 node, 2"
            + " processors: 2]; create the allocator for the machine whose processors call it",
        assertThrows(IllegalStateException.class, slots::allocate).getMessage());
  }

  @Test
  void invalidSizesAreRefused() {
    Machine machine = Machine.uniform(2, 1);
    assertEquals(
        "an allocator needs at least one slot per node and a batch of at least one, not 0 slots"
            + " per node and a batch of 32; give positive sizes, for example new"
            + " SlotAllocator(machine, 4096, 32)",
        assertThrows(IllegalArgumentException.class, () -> new SlotAllocator(machine, 0))
            .getMessage());
    assertEquals(
        "2000000000 slots on each of 2 nodes are more than 2147483647 slots; give fewer slots per"
            + " node",
        assertThrows(
                IllegalArgumentException.class, () -> new SlotAllocator(machine, 2_000_000_000))
            .getMessage());
  }

  @Test
  void generatedFactoryCannotMakeAnUnconfiguredAllocator() {
    assertEquals(
        "an allocator needs its machine, size and batch; create it with new SlotAllocator(...),"
            + " new BlockPool<>(...) or new SlotArena(...)",
        assertThrows(UnsupportedOperationException.class, ProcessorSlots_Factory::create)
            .getMessage());
  }

  @Test
  void everySlotIsFreeExactlyOnceAfterUse() {
    SlotAllocator slots = allocator(Machine.uniform(2, 2), 50, 4);
    int[] held = new int[96];
    for (int i = 0; i < held.length; i++) {
      PinnedIdentity.pin(i % 4);
      held[i] = slots.allocate();
    }
    for (int i = 0; i < held.length; i++) {
      PinnedIdentity.pin((i + 1) % 4);
      slots.free(held[i]);
    }
    int[] free = slots.freeSlots();
    Set<Integer> distinct = new HashSet<>();
    Arrays.stream(free).forEach(distinct::add);
    assertEquals(slots.slotCount(), free.length);
    assertEquals(slots.slotCount(), distinct.size());
    assertTrue(slots.stats().toString().startsWith("node  local alloc"));
  }
}
