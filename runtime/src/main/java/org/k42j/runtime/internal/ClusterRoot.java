package org.k42j.runtime.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.Coid;
import org.k42j.runtime.ProcessorIdentityException;
import org.k42j.runtime.Processors;
import org.k42j.runtime.RootStats;
import org.k42j.runtime.events.MissEvent;
import org.k42j.runtime.events.RepGrowthEvent;
import org.k42j.runtime.spi.Topology;

/**
 * The root of a clustered object: its COID, its translation row, its rep set, and miss handling
 * under the rep policy. Generated {@code Contract_RootBase} classes extend it and fill in the four
 * factory hooks; users extend those to hold shared state ({@code @Root}).
 *
 * <h2>Design</h2>
 *
 * <p>K42 keeps one local translation table per processor, indexed by COID, at the same virtual
 * address on every processor. The JVM has no per-processor mappings, so k42j stores the table
 * transposed: each object owns a <em>row</em> with one entry per processor id, and the dispatcher
 * holds the row itself. A call is {@code row[Processors.current()].method(...)}: one array load
 * beyond an interface call, no lock, no allocation, no write, no null check, because an empty entry
 * holds the <em>miss object</em> (K42's default object), whose every method calls {@link
 * #miss(int)} and re-issues the call on the rep it returns.
 *
 * <p>The miss path takes this root's lock (per object, never global, and only on a processor's
 * first call), creates the rep for the processor's slot if the slot has none, and installs it in
 * the row. The slot is the processor id, its node, its cluster, 0, or (adaptive) the shared home
 * slot until the processor is given its own ({@link SlotPolicy}). For exclusive reps the row holds
 * a generated guard around the rep instead of the rep. The row itself, its growth and its
 * publication to the dispatcher are {@link TranslationRow}'s.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>A slot gets at most one rep in the object's life: reps are created only under {@code lock}
 *       after re-checking the slot, so any number of threads missing at once create exactly one.
 *   <li>Every row entry is the miss object or the entry of the slot that serves that processor
 *       under the policy; entries beyond a row's length are served by growing the row.
 *   <li>Every write to a row entry, every rep creation and every change of {@code state} happens
 *       under {@code lock}, and a miss checks {@code state} under the lock before it creates or
 *       installs anything. So once {@link #destroy()} has emptied the row no entry ever holds a rep
 *       again, no rep is created after destruction (every rep gets its cleanup), and a call that
 *       starts after {@code destroy()} returned reaches the miss object and fails.
 *   <li>A replaced (grown) row is emptied once the dispatcher holds the new one, so a dispatcher
 *       still reading the old row reaches the root; a row's entries are filled before the
 *       dispatcher can read them (on the ordering {@link TranslationRow} states).
 *   <li>Exclusive per-processor reps have no guard only if the object was created under an identity
 *       that runs one thread per processor, and no call enters them while another identity is
 *       installed: every install empties the row of such objects and a miss refuses. Likewise
 *       per-node reps serve only under a topology equal to the one the object was created under.
 *   <li>A rep's constructor runs under the lock; if it calls its own object from a processor whose
 *       rep is still under construction, the miss fails with a named exception instead of
 *       recursing. A call from another processor is a nested miss that may replace the row and the
 *       rep set, so the outer miss re-reads both after the constructor returns.
 * </ul>
 *
 * <p>Quiescence (deferring cleanup until in-flight calls drain) is deliberately not on the hit
 * path: it is counted per processor and per generation around each request ({@link Quiescence}),
 * as in K42 and EbbRT, not per call on the object. {@link #destroy()} refuses new calls at once and
 * hands the rest to a {@link Destruction}, which waits for one grace period before the cleanups.
 *
 * @param <T> the contract type
 * @param <R> the rep class
 */
public abstract class ClusterRoot<T, R> {
  private static final int ACTIVE = 0;
  private static final int DESTROYED = 1;

  private final String contract;
  private final Policy policy;
  private final Concurrency concurrency;
  private final SlotPolicy slots;
  private final Object lock = new Object();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong adaptiveGrowths = new AtomicLong();
  private final CompletableFuture<Void> cleanedUp = new CompletableFuture<>();

  private volatile int state = ACTIVE;
  private volatile AtomicReferenceArray<Object> entries = new AtomicReferenceArray<>(0);
  private volatile AtomicReferenceArray<Object> reps = new AtomicReferenceArray<>(0);
  // Written once, under lock, when the dispatcher attaches; read without it (reps reach their own
  // object through handle() on every call back into it).
  private volatile Handle handle;
  private volatile Coid coid;
  // guarded by lock
  private TranslationRow<T> row;
  private int repCount;
  private final BitSet creating = new BitSet(); // slots whose rep constructor is running
  // The machine the object was created under, where its reps depend on it; set in attach.
  private String createdUnder; // the identity, as it describes itself
  private boolean unguardedReps; // exclusive per-processor reps made under one thread per processor

  /** For generated root bases: the contract's name and its {@code @Rep} settings. */
  protected ClusterRoot(String contract, Policy policy, int clusterSize, Concurrency concurrency) {
    this.contract = contract;
    this.policy = policy;
    this.concurrency = concurrency;
    this.slots = new SlotPolicy(policy, clusterSize);
  }

  /** A new, empty row of the contract type. */
  protected abstract T[] newRow(int length);

  /** The object that stands in empty row entries and routes calls to {@link #miss(int)}. */
  protected abstract T newMissObject();

  /** A new rep; called on the miss path under this root's lock. */
  protected abstract R newRep();

  /** The row entry for an exclusive rep: a generated guard around it. */
  protected abstract T guard(R rep);

  /** Runs once when the object is destroyed, after every rep's cleanup. */
  protected void cleanup() {}

  // --- binding -------------------------------------------------------------------------------

  final void attach(Handle newHandle) {
    synchronized (lock) {
      if (handle != null) {
        throw new ClusteredObjectException(
            contract
                + " root already has a dispatcher; create each clustered object through its "
                + "factory, which makes one root per dispatcher");
      }
      createdUnder = String.valueOf(Processors.identity());
      unguardedReps =
          concurrency == Concurrency.EXCLUSIVE
              && policy == Policy.PER_PROCESSOR
              && Processors.oneThreadPerProcessor();
      slots.placeBy(Processors.topology());
      row = new TranslationRow<>(this::newRow, newMissObject(), newHandle, Processors.count());
      handle = newHandle; // before registering, so whoever resolves the COID finds the handle
      coid = CoidTable.global().register(this);
    }
  }

  /** The translation row, for the dispatcher's constructor. */
  public final T[] row() {
    synchronized (lock) {
      return row.array();
    }
  }

  // --- the miss path -------------------------------------------------------------------------

  /**
   * Handles a call that found the miss object (or a processor id beyond the row): finds or creates
   * the rep that serves processor {@code processor}, installs it in the row and returns it for the
   * caller to re-issue the call on.
   */
  public final T miss(int processor) {
    T entry;
    boolean created;
    synchronized (lock) {
      int repsBefore = repCount;
      checkActive();
      checkMachine();
      row.cover(processor);
      entry = entryFor(slots.slotOf(processor), processor);
      // After entryFor: a rep constructor calling its object from a processor beyond the row
      // replaced (and emptied) the array, and set writes to the current one.
      row.set(processor, entry);
      created = repCount != repsBefore;
    }
    misses.incrementAndGet();
    MissEvent event = new MissEvent();
    if (event.shouldCommit()) {
      event.contract = contract;
      event.coid = String.valueOf(coid);
      event.processor = processor;
      event.createdRep = created;
      event.commit();
    }
    return entry;
  }

  /**
   * Tells the root that a caller on {@code processor} met contention on its rep. Under {@link
   * Policy#ADAPTIVE} the processor then gets a rep of its own (at most one per processor); under
   * every other policy this does nothing.
   *
   * @return whether this call gave the processor a rep of its own (the caller should then stay on
   *     that processor rather than move away from its new rep)
   */
  public final boolean contended(int processor) {
    if (slots.contentionChangesNothing(processor)) {
      return false;
    }
    synchronized (lock) {
      if (state != ACTIVE || !slots.mayGiveOwnRep(processor) || !creating.isEmpty()) {
        return false;
      }
      row.cover(processor);
      T entry = entryFor(processor, processor);
      slots.gaveOwnRep(processor);
      row.set(processor, entry); // after entryFor, as in miss
      adaptiveGrowths.incrementAndGet();
      RepGrowthEvent event = new RepGrowthEvent();
      if (event.shouldCommit()) {
        event.contract = contract;
        event.coid = String.valueOf(coid);
        event.processor = processor;
        event.reps = repCount;
        event.commit();
      }
      return true;
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
  private T entryFor(int slot, int processor) {
    Object existing = entriesCovering(slot).get(slot);
    if (existing != null) {
      return (T) existing;
    }
    if (creating.get(slot)) {
      throw new ClusteredObjectException(
          "a rep constructor of "
              + contract
              + " called its own clustered object on a processor whose rep is still under "
              + "construction, and that call needs that rep; move the call out of the constructor "
              + "(into the method that needs it)");
    }
    R rep;
    creating.set(slot);
    AbstractRep.born(this, slot, processor);
    try {
      rep = newRep();
    } finally {
      AbstractRep.bornDone();
      creating.clear(slot);
    }
    if (state != ACTIVE) { // the constructor destroyed its own object: install nothing
      if (rep instanceof AbstractRep) {
        ((AbstractRep) rep).cleanup();
      }
      throw destroyed();
    }
    T entry = needsGuard() ? guard(rep) : (T) rep;
    AtomicReferenceArray<Object> currentEntries = entriesCovering(slot); // re-read, as above
    assert currentEntries.get(slot) == null : "slot " + slot + " got a rep during its own creation";
    reps.set(slot, rep);
    currentEntries.set(slot, entry);
    repCount++;
    return entry;
  }

  /**
   * Exclusive reps need a guard unless the rep serves one processor and the object was created
   * under an identity that runs one thread per processor. Decided once, at creation: an object
   * created while threads may share a processor keeps guarding under any later identity.
   */
  private boolean needsGuard() {
    return concurrency == Concurrency.EXCLUSIVE && !unguardedReps;
  }

  // --- the machine ---------------------------------------------------------------------------

  /**
   * Under lock: refuses a miss when the installed machine is not one this object's reps may serve
   * under: its exclusive per-processor reps have no guard but threads may now share a processor, or
   * its per-node reps were placed by another topology.
   */
  private void checkMachine() {
    if (unguardedReps && !Processors.oneThreadPerProcessor()) {
      throw new ProcessorIdentityException(
          this
              + " was created under "
              + createdUnder
              + ", which runs one thread per processor, so its exclusive per-processor reps have"
              + " no guard; the installed identity "
              + Processors.identity()
              + " may run several threads on a processor. Recreate the object after installing "
              + Processors.identity()
              + ", or install an identity that runs one thread per processor again");
    }
    Topology topology = slots.topology();
    if (topology != null && !topology.equals(Processors.topology())) {
      throw new ProcessorIdentityException(
          this
              + " placed its per-node reps by the topology "
              + topology
              + " it was created under, but the installed topology is "
              + Processors.topology()
              + ". Recreate the object after installing "
              + Processors.topology()
              + ", or install a topology equal to "
              + topology
              + " again");
    }
  }

  /**
   * Called by {@link Processors} after every install (not for generated code): empties the row of
   * every live object whose reps the installed machine may not reach (see {@code checkMachine}), so
   * its next call goes to the root and fails there, until a machine it fits is installed again.
   */
  public static void machineChanged() {
    CoidTable.global().forEachRoot(ClusterRoot::refuseUnfitMachine);
  }

  private void refuseUnfitMachine() {
    if (!unguardedReps && slots.topology() == null) {
      return; // set before the root was registered, so visible here
    }
    synchronized (lock) {
      if (state != ACTIVE) {
        return;
      }
      try {
        checkMachine();
      } catch (ProcessorIdentityException unfit) {
        row.empty();
      }
    }
  }

  /** Under lock: the rep set, grown so that it covers {@code slot}. */
  private AtomicReferenceArray<Object> entriesCovering(int slot) {
    AtomicReferenceArray<Object> current = entries;
    if (slot < current.length()) {
      return current;
    }
    int length = Math.max(slot + 1, current.length() * 2);
    AtomicReferenceArray<Object> grownEntries = new AtomicReferenceArray<>(length);
    AtomicReferenceArray<Object> grownReps = new AtomicReferenceArray<>(length);
    for (int i = 0; i < current.length(); i++) {
      grownEntries.set(i, current.get(i));
      grownReps.set(i, reps.get(i));
    }
    reps = grownReps;
    entries = grownEntries;
    return grownEntries;
  }

  // --- visiting reps -------------------------------------------------------------------------

  /** The number of rep slots to visit with {@link #entryAt(int)}; some may be empty. */
  public final int repSlots() {
    return entries.length();
  }

  /**
   * The call entry of rep slot {@code slot} (the rep, or its guard for exclusive reps), or null
   * when the slot has no rep. Generated gather and broadcast methods loop over these.
   */
  @SuppressWarnings("unchecked")
  public final T entryAt(int slot) {
    AtomicReferenceArray<Object> current = entries;
    return slot < current.length() ? (T) current.get(slot) : null;
  }

  /**
   * Visits every rep through its call entry (guarded for exclusive reps), the safe way to read or
   * change reps from root code.
   */
  public final void forEachEntry(Consumer<? super T> action) {
    for (int i = 0, n = repSlots(); i < n; i++) {
      T entry = entryAt(i);
      if (entry != null) {
        action.accept(entry);
      }
    }
  }

  /** A snapshot of the reps created so far, in slot order (unguarded: the reps themselves). */
  @SuppressWarnings("unchecked")
  public final List<R> reps() {
    AtomicReferenceArray<Object> current = reps;
    List<R> result = new ArrayList<>();
    for (int i = 0; i < current.length(); i++) {
      Object rep = current.get(i);
      if (rep != null) {
        result.add((R) rep);
      }
    }
    return Collections.unmodifiableList(result);
  }

  // --- lifecycle -----------------------------------------------------------------------------

  /** Throws {@link ClusteredObjectDestroyedException} once the object is destroyed. */
  public final void checkActive() {
    if (state != ACTIVE) {
      throw destroyed();
    }
  }

  /**
   * Destroys the object: from now on every call through its handle fails with {@link
   * ClusteredObjectDestroyedException}; once every request running now has ended ({@link
   * Quiescence}), every rep's cleanup and then the root's run once and the COID is released for
   * reuse under a new generation. A guarded (exclusive) rep's cleanup runs under its guard, so it
   * also waits for a call still inside the rep outside any request. Called outside a request, this
   * returns after the cleanup (throwing if a hook threw); called inside one, which the cleanup must
   * wait for, it returns at once and the cleanup runs after the request ends ({@link
   * #cleanedUp()}).
   */
  public final void destroy() {
    Destruction destruction;
    synchronized (lock) {
      if (state != ACTIVE) {
        throw ClusteredObjectDestroyedException.destroyedAgain(contract, coid);
      }
      state = DESTROYED;
      row.empty();
      // No rep is created or replaced from now on.
      destruction = new Destruction(this, reps, entries, cleanedUp);
    }
    destruction.run();
  }

  /**
   * Completes when the object's cleanup has run after {@link #destroy()} (exceptionally when a hook
   * threw); never before the object is destroyed.
   */
  public final CompletableFuture<Void> cleanedUp() {
    return cleanedUp.copy();
  }

  /** The root's own cleanup hook, for {@link Destruction}. */
  final void runRootCleanup() {
    cleanup();
  }

  /** The object's COID. */
  public final Coid coid() {
    return coid;
  }

  /** The dispatcher bound to this root. */
  public final Object handle() {
    return handle;
  }

  /** The contract's name. */
  public final String contract() {
    return contract;
  }

  /** What this root has seen so far. */
  public final RootStats stats() {
    synchronized (lock) {
      return new RootStats(
          contract,
          coid,
          policy,
          row == null ? 0 : row.length(),
          repCount,
          misses.get(),
          adaptiveGrowths.get(),
          state != ACTIVE);
    }
  }

  private ClusteredObjectDestroyedException destroyed() {
    return new ClusteredObjectDestroyedException(contract, coid());
  }

  @Override
  public String toString() {
    return contract + "@" + coid();
  }
}
