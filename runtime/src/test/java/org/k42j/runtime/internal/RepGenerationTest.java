package org.k42j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.k42j.annotations.Policy;

/** A rep generation is replaced whole: what a swap's next one keeps, and what growth keeps. */
class RepGenerationTest {
  private static RepGeneration<Runnable> generation(Policy policy, boolean guarded) {
    return new RepGeneration<>(policy, new SlotPolicy(policy, 0), new RepSlots(0), null, guarded);
  }

  @Test
  void growthKeepsEverythingButTheSet() {
    RepGeneration<Runnable> first = generation(Policy.PER_NODE, true);
    RepSlots grown = first.set.grownToCover(3);
    RepGeneration<Runnable> next = first.withSet(grown);
    assertSame(grown, next.set);
    assertSame(first.slots, next.slots);
    assertEquals(first.policy, next.policy);
    assertEquals(first.guarded, next.guarded);
    assertNull(next.version);
  }

  @Test
  void aSwapStartsAnEmptySetUnderTheNewPolicy() {
    RepGeneration<Runnable> first = generation(Policy.PER_PROCESSOR, true).withSet(new RepSlots(4));
    SlotPolicy slots = new SlotPolicy(Policy.SINGLE, 0);
    RepGeneration<Runnable> next = first.next(Policy.SINGLE, slots, null, true);
    assertEquals(Policy.SINGLE, next.policy);
    assertSame(slots, next.slots);
    assertEquals(0, next.set.length());
    assertEquals(0, next.set.created);
  }

  @Test
  void guardsStayAndUnguardedExclusiveRepsStayUnguardedOnlyPerProcessor() {
    // Exclusive reps made under one thread per processor have no guard ...
    RepGeneration<Runnable> unguarded = generation(Policy.PER_PROCESSOR, false);
    assertTrue(unguarded.unguardedExclusive(true));
    // ... and keep none while each still serves one processor,
    assertFalse(
        unguarded.next(Policy.PER_PROCESSOR, new SlotPolicy(Policy.PER_PROCESSOR, 0), null, true)
            .guarded);
    // but a shared rep gets a guard, and keeps it when swapped back.
    RepGeneration<Runnable> shared =
        unguarded.next(Policy.PER_NODE, new SlotPolicy(Policy.PER_NODE, 0), null, true);
    assertTrue(shared.guarded);
    assertTrue(
        shared.next(Policy.PER_PROCESSOR, new SlotPolicy(Policy.PER_PROCESSOR, 0), null, true)
            .guarded);
    // Thread-safe reps are never guarded.
    assertFalse(
        generation(Policy.PER_PROCESSOR, false)
            .next(Policy.SINGLE, new SlotPolicy(Policy.SINGLE, 0), null, false)
            .guarded);
    assertFalse(generation(Policy.PER_PROCESSOR, false).unguardedExclusive(false));
  }
}
