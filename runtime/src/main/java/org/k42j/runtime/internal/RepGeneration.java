package org.k42j.runtime.internal;

import org.k42j.annotations.Policy;

/**
 * One generation of a clustered object's reps: the policy, the slot policy that maps processors to
 * slots under it, the rep set, the rep class version that makes the reps (null: the contract's
 * {@code @Rep} class) and whether exclusive reps get a guard. A hot swap replaces the whole
 * generation with one write (and, when the new reps' import fails, puts the old one back with one
 * write), so these never change one at a time.
 *
 * <p>Invariants: the fields are final and the generation is replaced, never changed, always under
 * the root's lock; the rep set grows by replacement too ({@link #withSet}), keeping the rest. What
 * the referenced parts change in place (a rep set's entries, an adaptive slot policy's own reps)
 * they change under the same lock, as their own comments say.
 *
 * @param <T> the contract type
 */
final class RepGeneration<T> {
  final Policy policy;
  final SlotPolicy slots;
  final RepSlots set;
  final RepClassVersion<T> version;
  final boolean guarded;

  RepGeneration(
      Policy policy, SlotPolicy slots, RepSlots set, RepClassVersion<T> version, boolean guarded) {
    this.policy = policy;
    this.slots = slots;
    this.set = set;
    this.version = version;
    this.guarded = guarded;
  }

  /** The same generation over a grown rep set. */
  RepGeneration<T> withSet(RepSlots grown) {
    return new RepGeneration<>(policy, slots, grown, version, guarded);
  }

  /**
   * The generation a hot swap installs: an empty rep set under {@code newPolicy} made by {@code
   * newVersion}. Guards stay where they were, and exclusive reps that had none (one thread per
   * processor) keep having none only if they still serve one processor each.
   */
  RepGeneration<T> next(
      Policy newPolicy, SlotPolicy newSlots, RepClassVersion<T> newVersion, boolean exclusive) {
    boolean newGuarded = guarded || (exclusive && newPolicy != Policy.PER_PROCESSOR);
    return new RepGeneration<>(newPolicy, newSlots, new RepSlots(0), newVersion, newGuarded);
  }

  /** Exclusive reps that run without a guard: the object relies on one thread per processor. */
  boolean unguardedExclusive(boolean exclusive) {
    return exclusive && !guarded;
  }
}
