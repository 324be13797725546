package org.k42j.kernel.memory;

import org.k42j.annotations.Combiner;

/** Slot ids gathered from the reps of {@link ProcessorSlots} for an audit; immutable. */
final class SlotList {
  static final SlotList EMPTY = new SlotList(new int[0]);

  private final int[] slots;

  SlotList(int[] slots) {
    this.slots = slots;
  }

  int[] slots() {
    return slots.clone();
  }

  /** Concatenates the reps' lists. */
  static final class Fold implements Combiner<SlotList> {
    @Override
    public SlotList identity() {
      return EMPTY;
    }

    @Override
    public SlotList combine(SlotList accumulated, SlotList next) {
      int[] both =
          java.util.Arrays.copyOf(accumulated.slots, accumulated.slots.length + next.slots.length);
      System.arraycopy(next.slots, 0, both, accumulated.slots.length, next.slots.length);
      return new SlotList(both);
    }
  }
}
