package org.k42j.runtime.internal;

import java.util.BitSet;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.spi.AccessProbes;

/**
 * A clustered object's miss path: a call that found the miss object (K42's default object) or an id
 * beyond the row comes here, which finds or creates the rep that serves the processor under the
 * current {@link RepGeneration}, installs its entry in the row and returns it; contention on an
 * adaptive object gives a processor a rep of its own here too.
 *
 * <p>Invariants (the object's, {@link RootCore}, in full): every method but the first check of
 * {@link #contended} runs under the object's lock; a slot gets at most one rep per generation (a
 * rep is created only after re-checking its slot, and never for a slot whose rep constructor is
 * running); a rep constructor may call its own object, so nothing read before it runs is written
 * after it without being read again; nothing is created or installed once the object is destroyed.
 *
 * @param <T> the contract type
 */
final class MissPath<T> {
  private final RootCore<T> core;
  // guarded by the core's lock
  private final BitSet creating = new BitSet(); // slots whose rep constructor is running
  private final BitSet calledSinceSample = new BitSet(); // adaptive: processors that missed

  MissPath(RootCore<T> core) {
    this.core = core;
  }

  /**
   * Handles a call that found the miss object (or a processor id beyond the row): finds or creates
   * the rep that serves processor {@code processor}, installs it in the row and returns it for the
   * caller to re-issue the call on. Dispatchers compare the id unsigned against the row's length,
   * so a negative id from a faulty identity arrives here too, and is refused with {@link
   * org.k42j.runtime.ProcessorIdentityException} as an id at or above the count is.
   */
  T miss(int processor) {
    // Refuses a call on a destroyed object before the lock (checked again under it), so callers
    // that keep calling one are refused side by side rather than one at a time.
    core.refuseCallIfDestroyed();
    T entry;
    boolean created;
    Mediator held = core.mediator;
    if (held != null && held.holds()) {
      held.awaitDone(); // a hot swap is replacing the reps: this call runs on the new ones
    }
    synchronized (core.lock) {
      core.checkActive();
      RepGeneration<T> current = core.generation;
      int repsBefore = current.set.created;
      core.fit.check(core, current);
      core.row.cover(processor); // refuses an id the identity cannot hand out, negative ones too
      if (current.policy == Policy.ADAPTIVE) {
        calledSinceSample.set(processor);
      }
      entry = entryFor(current.slots.slotOf(processor), processor);
      // After entryFor: a rep constructor calling its object from a processor beyond the row
      // replaced (and emptied) the array, and set writes to the current one.
      core.row.set(processor, entry);
      created = core.generation.set.created != repsBefore;
    }
    core.counters.missed(core.contract(), core.coid(), processor, created);
    AccessProbes.miss(core, processor, entry);
    return entry;
  }

  /**
   * Tells the object that a caller on {@code processor} met contention on its rep. Under {@link
   * Policy#ADAPTIVE} the processor then gets a rep of its own (at most one per processor); under
   * every other policy this does nothing.
   *
   * @return whether this call gave the processor a rep of its own (the caller should then stay on
   *     that processor rather than move away from its new rep)
   */
  boolean contended(int processor) {
    if (core.generation.slots.contentionChangesNothing(processor)) {
      return false;
    }
    synchronized (core.lock) {
      SlotPolicy slots = core.generation.slots;
      if (!core.isActive()
          || core.mediator != null
          || !slots.mayGiveOwnRep(processor)
          || !creating.isEmpty()) {
        return false;
      }
      core.row.cover(processor);
      T entry = entryFor(processor, processor);
      slots.gaveOwnRep(processor);
      core.row.set(processor, entry); // after entryFor, as in miss
      core.counters.grew(core.contract(), core.coid(), processor, core.generation.set.created);
    }
    if (core.root.transfersState()) {
      AdaptiveShrinker.watch(core); // outside the lock: the shrinker takes it under its own
    }
    return true;
  }

  /**
   * For the {@link AdaptiveShrinker}: whether more than one processor called this adaptive object
   * since the previous sample; then empties the row, so that each processor's next call takes a
   * miss and marks it again.
   */
  AdaptiveShrinker.Load sampleLoad() {
    synchronized (core.lock) {
      RepGeneration<T> current = core.generation;
      if (!core.isActive() || current.policy != Policy.ADAPTIVE || current.set.created <= 1) {
        return AdaptiveShrinker.Load.GONE;
      }
      if (core.mediator != null) {
        return AdaptiveShrinker.Load.BUSY; // a swap is running: decide later
      }
      int callers = calledSinceSample.cardinality();
      calledSinceSample.clear();
      core.row.empty();
      return callers > 1 ? AdaptiveShrinker.Load.BUSY : AdaptiveShrinker.Load.IDLE;
    }
  }

  /**
   * Under lock: the entry of {@code slot}, creating its rep if it has none. The rep constructor may
   * call its own object (on this thread, so under this lock) from other processors; those nested
   * misses may grow the row and the rep set, so nothing read before {@code newRep()} is written
   * after it. A nested call that needs a rep still under construction fails instead of making a
   * second rep for that slot.
   */
  @SuppressWarnings("unchecked")
  T entryFor(int slot, int processor) {
    Object existing = setCovering(slot).visible.get(slot);
    if (existing != null) {
      return (T) existing;
    }
    if (creating.get(slot)) {
      throw new ClusteredObjectException(
          "a rep constructor of "
              + core.contract()
              + " called its own clustered object on a processor whose rep is still under "
              + "construction, and that call needs that rep; move the call out of the constructor "
              + "(into the method that needs it)");
    }
    Object rep;
    RepClassVersion<T> making =
        core.generation.version; // changes only in a swap's last step, under lock
    creating.set(slot);
    AbstractRep.born(core, slot, processor);
    try {
      rep = making == null ? core.root.newRep() : making.newRep(core.root);
    } finally {
      AbstractRep.bornDone();
      creating.clear(slot);
    }
    if (!core.isActive()) { // the constructor destroyed its own object: install nothing
      if (rep instanceof AbstractRep) {
        ((AbstractRep) rep).cleanup();
      }
      throw core.destroyed();
    }
    T entry =
        !core.generation.guarded
            ? (T) rep
            : making == null ? core.root.guard(core, rep) : making.guard(core, (T) rep);
    RepSlots current = setCovering(slot); // re-read, as above
    assert current.entries.get(slot) == null : "slot " + slot + " got a rep during its creation";
    T visible = (T) core.layers.decorate(entry, core.dispatcher());
    current.reps.set(slot, rep);
    current.entries.set(slot, entry);
    current.visited.set(slot, core.layers.decorateForVisits(entry, core.dispatcher()));
    current.visible.set(slot, visible);
    current.created++;
    return visible;
  }

  /** Under lock: the rep set, grown (the generation replaced) so that it covers {@code slot}. */
  private RepSlots setCovering(int slot) {
    RepGeneration<T> current = core.generation;
    if (slot < current.set.length()) {
      return current.set;
    }
    core.generation = current.withSet(current.set.grownToCover(slot));
    return core.generation.set;
  }
}
