package org.k42j.runtime.internal;

import java.time.Duration;
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
import org.k42j.runtime.spi.AccessProbes;
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
 *   <li>A slot gets at most one rep per rep set (the object's life, unless it is hot swapped): reps
 *       are created only under {@code lock} after re-checking the slot, so any number of threads
 *       missing at once create exactly one.
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
 *   <li>The rep set, the policy, the slot policy and the rep class version change together, under
 *       {@code lock}, and only in a hot swap's last step, while its mediator holds every call
 *       ({@link HotSwap}); a new rep set receives no call before its first rep has imported the old
 *       reps' state, and every rep of a set is made by that set's version.
 *   <li>Every visible entry (what rows and visits reach) is its call entry behind exactly the
 *       installed layers, the mediator of a running swap outermost; changing the layers rebuilds
 *       the visible entries and empties the row, so the next call of every processor installs the
 *       new ones.
 *   <li>A rep's constructor runs under the lock; if it calls its own object from a processor whose
 *       rep is still under construction, the miss fails with a named exception instead of
 *       recursing. A call from another processor is a nested miss that may replace the row and the
 *       rep set, so the outer miss re-reads both after the constructor returns.
 * </ul>
 *
 * <p>Quiescence (deferring cleanup until in-flight calls drain) is deliberately not on the hit
 * path: it is counted per processor and per generation around each request ({@link Quiescence}), as
 * in K42 and EbbRT, not per call on the object; calls outside requests are waited for by a scan of
 * the platform threads' stacks ({@link CallerScan}), also off the hit path. {@link #destroy()}
 * refuses new calls at once and hands the rest to a {@link Destruction}, which waits for both
 * before the cleanups.
 *
 * @param <T> the contract type
 * @param <R> the rep class
 */
public abstract class ClusterRoot<T, R> {
  private static final int ACTIVE = 0;
  private static final int DESTROYED = 1;

  private final String contract;
  private final Concurrency concurrency;
  private final Object lock = new Object();
  private final WaitLock swaps = new WaitLock(); // one hot swap at a time, by waiter
  private final AtomicLong swapCount = new AtomicLong();
  private final AtomicLong adaptiveShrinks = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong adaptiveGrowths = new AtomicLong();
  private final CompletableFuture<Void> cleanedUp = new CompletableFuture<>();

  private volatile int state = ACTIVE;
  // Replaced (never changed in place) by a hot swap, under lock; read without it.
  private volatile Policy policy;
  private volatile SlotPolicy slots;
  private volatile RepSet set = new RepSet(0);
  // The rep class version of the current rep set (null: the contract's @Rep class); replaced
  // together with the rep set, under lock.
  private volatile RepVersion<T> version;
  // The running hot swap's mediator, or null; set and cleared under lock.
  private volatile Mediator mediator;
  // Written once, under lock, when the dispatcher attaches; read without it (reps reach their own
  // object through handle() on every call back into it).
  private volatile Handle handle;
  private volatile Coid coid;
  // guarded by lock
  private TranslationRow<T> row;
  private int repCount;
  private List<CallLayer> layers = List.of(); // innermost first; the mediator, if any, last
  private Class<?> contractType; // the contract as a class, found from the dispatcher when needed
  private final BitSet creating = new BitSet(); // slots whose rep constructor is running
  private final BitSet calledSinceSample = new BitSet(); // adaptive: processors that missed
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

  /**
   * Whether the rep class declares the state-transfer contract ({@code @ExportState} and
   * {@code @ImportState}), without which the object cannot be hot swapped. Generated root bases
   * override the three state hooks when it does.
   */
  protected boolean transfersState() {
    return false;
  }

  /** Calls the rep's {@code @ExportState} method. */
  protected Object exportState(R rep) {
    throw noStateTransfer();
  }

  /** Calls the rep's {@code @ImportState} method with every old rep's exported state. */
  protected void importState(R rep, List<Object> exported) {
    throw noStateTransfer();
  }

  private ClusteredObjectException noStateTransfer() {
    return new ClusteredObjectException(
        contract
            + " cannot be hot swapped: its rep declares no state transfer; add an @ExportState"
            + " method and an @ImportState method to the rep class");
  }

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
   * caller to re-issue the call on. Dispatchers compare the id unsigned against the row's length,
   * so a negative id from a faulty identity arrives here too, and is refused with {@link
   * org.k42j.runtime.ProcessorIdentityException} as an id at or above the count is.
   */
  public final T miss(int processor) {
    T entry;
    boolean created;
    Mediator held = mediator;
    if (held != null && held.holds()) {
      held.awaitDone(); // a hot swap is replacing the reps: this call runs on the new ones
    }
    synchronized (lock) {
      int repsBefore = repCount;
      checkActive();
      checkMachine();
      row.cover(processor); // refuses an id the identity cannot hand out, negative ones too
      if (policy == Policy.ADAPTIVE) {
        calledSinceSample.set(processor);
      }
      entry = entryFor(slots.slotOf(processor), processor);
      // After entryFor: a rep constructor calling its object from a processor beyond the row
      // replaced (and emptied) the array, and set writes to the current one.
      row.set(processor, entry);
      created = repCount != repsBefore;
    }
    misses.incrementAndGet();
    AccessProbes.miss(this, processor, entry);
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
      if (state != ACTIVE
          || mediator != null
          || !slots.mayGiveOwnRep(processor)
          || !creating.isEmpty()) {
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
    }
    if (transfersState()) {
      AdaptiveShrinker.watch(this); // outside the lock: the shrinker takes it under its own
    }
    return true;
  }

  /**
   * For the {@link AdaptiveShrinker}: whether more than one processor called this adaptive object
   * since the previous sample; then empties the row, so that each processor's next call takes a
   * miss and marks it again.
   */
  final AdaptiveShrinker.Load sampleLoad() {
    synchronized (lock) {
      if (state != ACTIVE || policy != Policy.ADAPTIVE || repCount <= 1) {
        return AdaptiveShrinker.Load.GONE;
      }
      if (mediator != null) {
        return AdaptiveShrinker.Load.BUSY; // a swap is running: decide later
      }
      int callers = calledSinceSample.cardinality();
      calledSinceSample.clear();
      row.empty();
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
  private T entryFor(int slot, int processor) {
    Object existing = setCovering(slot).visible.get(slot);
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
    RepVersion<T> making = version; // changes only in a swap's last step, under this lock
    creating.set(slot);
    AbstractRep.born(this, slot, processor);
    try {
      rep = making == null ? newRep() : (R) making.newRep(this);
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
    T entry = !needsGuard() ? (T) rep : making == null ? guard(rep) : making.guard(this, (T) rep);
    RepSet current = setCovering(slot); // re-read, as above
    assert current.entries.get(slot) == null : "slot " + slot + " got a rep during its creation";
    T visible = (T) decorate(entry);
    current.reps.set(slot, rep);
    current.entries.set(slot, entry);
    current.visible.set(slot, visible);
    repCount++;
    return visible;
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
  private RepSet setCovering(int slot) {
    RepSet current = set;
    if (slot < current.length()) {
      return current;
    }
    set = current.grownToCover(slot);
    return set;
  }

  // --- visiting reps -------------------------------------------------------------------------

  /** The number of rep slots to visit with {@link #entryAt(int)}; some may be empty. */
  public final int repSlots() {
    return set.length();
  }

  /**
   * The call entry of rep slot {@code slot} (the rep, or its guard for exclusive reps), or null
   * when the slot has no rep. Generated gather and broadcast methods loop over these.
   */
  @SuppressWarnings("unchecked")
  public final T entryAt(int slot) {
    RepSet current = set;
    return slot < current.length() ? (T) current.visible.get(slot) : null;
  }

  /**
   * Whether {@code candidate} is the call entry of one of this object's reps (a rep, its guard, or
   * a layer over it): a gather whose combiner folded the reps' results to one of them returns the
   * handle instead, so no caller holds an object behind the handle.
   */
  public final boolean isEntry(Object candidate) {
    if (candidate == null) {
      return false;
    }
    for (int i = 0, n = repSlots(); i < n; i++) {
      if (entryAt(i) == candidate) {
        return true;
      }
    }
    return false;
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

  /**
   * A snapshot of the reps created so far, in slot order (unguarded: the reps themselves). After a
   * hot swap to a {@link RepVersion} they are that version's reps, not {@code R}s: reach them
   * through the contract.
   */
  @SuppressWarnings("unchecked")
  public final List<R> reps() {
    AtomicReferenceArray<Object> current = set.reps;
    List<R> result = new ArrayList<>();
    for (int i = 0; i < current.length(); i++) {
      Object rep = current.get(i);
      if (rep != null) {
        result.add((R) rep);
      }
    }
    return Collections.unmodifiableList(result);
  }

  // --- layers: interposition and the hot swap's mediator -------------------------------------

  /**
   * Under lock: {@code entry} behind every installed layer, the innermost first; the entry itself
   * when none is installed.
   */
  private Object decorate(Object entry) {
    Object decorated = entry;
    for (CallLayer layer : layers) {
      decorated = LayeredEntry.wrap(contractType(), layer, decorated, handle);
    }
    return decorated;
  }

  /** Under lock: the contract as a class: the interface of the dispatcher named like it. */
  private Class<?> contractType() {
    if (contractType == null) {
      for (Class<?> type : handle.getClass().getInterfaces()) {
        if (type.getName().equals(contract)) {
          contractType = type;
        }
      }
    }
    return contractType;
  }

  /**
   * Under lock: installs {@code newLayers} and rebuilds every visible entry, then empties the row,
   * so every processor's next call takes a miss and installs its entry with the new layers (as K42
   * resets the translation entries of an object it interposes on).
   */
  private void setLayers(List<CallLayer> newLayers) {
    layers = List.copyOf(newLayers);
    RepSet current = set;
    for (int slot = 0; slot < current.length(); slot++) {
      Object entry = current.entries.get(slot);
      if (entry != null) {
        current.visible.set(slot, decorate(entry));
      }
    }
    row.empty();
  }

  /**
   * Puts {@code interceptor} in front of every rep of this object; see {@link
   * org.k42j.runtime.ClusteredObjects#interpose}.
   */
  public final org.k42j.runtime.lifecycle.Interposition interpose(
      org.k42j.runtime.lifecycle.Interceptor interceptor) {
    Interception interception = new Interception(this, interceptor);
    synchronized (lock) {
      checkActive();
      List<CallLayer> newLayers = new ArrayList<>(layers);
      newLayers.add(mediator == null ? newLayers.size() : newLayers.size() - 1, interception);
      setLayers(newLayers);
    }
    return interception;
  }

  /** Removes an interception {@link #interpose} installed. */
  final void removeLayer(CallLayer layer) {
    synchronized (lock) {
      if (state != ACTIVE || !layers.contains(layer)) {
        return;
      }
      List<CallLayer> newLayers = new ArrayList<>(layers);
      newLayers.remove(layer);
      setLayers(newLayers);
    }
  }

  // --- hot swap (the protocol is HotSwap's) ----------------------------------------------------

  /** The lock that lets one hot swap at a time run on this object. */
  final WaitLock swapLock() {
    return swaps;
  }

  /** Step 1 of a swap: puts {@code swap} in front of every rep and empties the row. */
  final Policy startSwap(Mediator swap) {
    synchronized (lock) {
      checkActive();
      mediator = swap;
      List<CallLayer> newLayers = new ArrayList<>(layers);
      newLayers.add(swap); // outermost: a held call waits before any interceptor sees it
      setLayers(newLayers);
      return policy;
    }
  }

  /** The current rep set, for the export (no rep is added to it once the swap blocks calls). */
  final RepSet repSet() {
    return set;
  }

  /**
   * Under lock: the scan for plain-thread calls into the current reps ({@link CallerScan}): the
   * classes of the handle, the miss object, every rep and entry, and this root.
   */
  final CallerScan callerScan() {
    synchronized (lock) {
      List<Object> parts = new ArrayList<>();
      parts.add(handle);
      parts.add(row.missObject());
      parts.add(this);
      set.addPartsTo(parts);
      return CallerScan.of(parts);
    }
  }

  /**
   * The serial form of this object (a {@code Serializable} contract's dispatcher writes it in its
   * own place): every current rep's exported state, each taken under its guard during a visit, as a
   * gather reads, so a destroyed object refuses and a running swap is taken part in.
   *
   * @param maker makes the new object when the form is read back
   */
  public final SerialForm serialForm(SerialMaker<T> maker) {
    Object visit = beginVisit();
    try {
      RepSet current = set;
      List<Object> states = new ArrayList<>();
      for (int slot = 0; slot < current.length(); slot++) {
        Object rep = current.reps.get(slot);
        if (rep != null) {
          states.add(exportFrom(rep, current.entries.get(slot)));
        }
      }
      return new SerialForm(maker, states);
    } finally {
      endVisit(visit);
    }
  }

  /**
   * Reading a serial form back into this new object, before anyone else has it: the rep of the
   * calling thread's processor imports every state, as the first rep after a hot swap does.
   */
  @SuppressWarnings("unchecked")
  final void importSerialForm(List<Object> states) {
    synchronized (lock) {
      int processor = Processors.current();
      int slot = slots.slotOf(processor);
      entryFor(slot, processor);
      importState((R) set.reps.get(slot), states);
    }
  }

  /** The state of {@code rep}, exported under its guard ({@code entry}) when it has one. */
  @SuppressWarnings("unchecked")
  final Object exportFrom(Object rep, Object entry) {
    Object[] state = new Object[1];
    RepVersion<T> of = version; // the swap replaces it only after every export
    Runnable export = () -> state[0] = of == null ? exportState((R) rep) : of.exportState((T) rep);
    if (entry instanceof RepGuard) {
      ((RepGuard) entry).runExclusively(export);
    } else {
      export.run();
    }
    return state[0];
  }

  /** Whether the calling waiter is inside one of the current reps through its guard. */
  final boolean callingThreadInsideRep() {
    RepSet current = set;
    for (int slot = 0; slot < current.length(); slot++) {
      Object entry = current.entries.get(slot);
      if (entry instanceof RepGuard && ((RepGuard) entry).heldByCaller()) {
        return true;
      }
    }
    return false;
  }

  /** The adaptive home processor of the current rep set, or -1. */
  final int adaptiveHome() {
    synchronized (lock) {
      return slots.adaptiveHome();
    }
  }

  /**
   * The last steps of a swap, under lock: replaces the rep set with an empty one under {@code
   * newPolicy}, creates the rep that serves {@code processor} and has it import {@code exported}.
   * The mediator still holds every call. Returns false, changing nothing, once the object is
   * destroyed.
   */
  @SuppressWarnings("unchecked")
  final boolean replaceReps(
      Policy newPolicy, int clusterSize, List<Object> exported, int processor, SwapTarget target) {
    synchronized (lock) {
      if (state != ACTIVE) {
        return false;
      }
      SlotPolicy newSlots = new SlotPolicy(newPolicy, clusterSize);
      newSlots.placeBy(Processors.topology());
      Policy oldPolicy = policy;
      SlotPolicy oldSlots = slots;
      RepSet oldSet = set;
      int oldRepCount = repCount;
      boolean oldUnguarded = unguardedReps;
      RepVersion<T> oldVersion = version;
      layers = withoutMediator(); // the new reps' entries get the user's layers only
      unguardedReps = unguardedReps && newPolicy == Policy.PER_PROCESSOR;
      policy = newPolicy;
      slots = newSlots;
      set = new RepSet(0);
      repCount = 0;
      if (target.changesVersion()) {
        version = (RepVersion<T>) target.version();
      }
      row.empty();
      try {
        int slot = newSlots.slotOf(processor);
        entryFor(slot, processor);
        Object rep = set.reps.get(slot);
        if (version == null) {
          importState((R) rep, exported);
        } else {
          version.importState((T) rep, exported);
        }
      } catch (RuntimeException | Error e) { // keep the old reps: nothing reached the new ones
        version = oldVersion;
        policy = oldPolicy;
        slots = oldSlots;
        set = oldSet;
        repCount = oldRepCount;
        unguardedReps = oldUnguarded;
        throw e;
      }
      swapCount.incrementAndGet();
      return true;
    }
  }

  /**
   * The end of every swap, done or not: the mediator leaves the layers and the root; entries are
   * rebuilt and the row emptied so that calls reach the current reps.
   */
  final void endSwap(Mediator swap) {
    synchronized (lock) {
      if (mediator != swap) {
        return;
      }
      mediator = null;
      if (state == ACTIVE) {
        setLayers(withoutMediator());
      }
    }
  }

  /** Counts a swap that shrank an adaptive object. */
  final void countShrink() {
    adaptiveShrinks.incrementAndGet();
  }

  private List<CallLayer> withoutMediator() {
    List<CallLayer> newLayers = new ArrayList<>(layers);
    newLayers.removeIf(layer -> layer instanceof Mediator);
    return newLayers;
  }

  /**
   * Replaces this object's reps while it is in use; see {@link
   * org.k42j.runtime.ClusteredObjects#hotSwap}.
   */
  public final void hotSwap(Policy newPolicy, int clusterSize) {
    HotSwap.run(this, newPolicy, clusterSize, HotSwap.SWAP, SwapTarget.SAME_CLASS);
  }

  /** As {@link #hotSwap(Policy, int)}, waiting at most {@code timeout} for earlier calls. */
  public final void hotSwap(Policy newPolicy, int clusterSize, Duration timeout) {
    HotSwap.run(this, newPolicy, clusterSize, HotSwap.SWAP, SwapTarget.SAME_CLASS, timeout);
  }

  /**
   * Replaces this object's reps with reps of {@code repClass} (the contract's {@code @Rep} class or
   * one of its {@code @RepVersion}s) under {@code newPolicy}; see {@link
   * org.k42j.runtime.ClusteredObjects#hotSwap(Object, Class, Policy, int)}.
   */
  public final void hotSwap(Class<?> repClass, Policy newPolicy, int clusterSize) {
    HotSwap.run(this, newPolicy, clusterSize, HotSwap.SWAP, SwapTarget.find(this, repClass));
  }

  /** As {@link #hotSwap(Class, Policy, int)}, waiting at most {@code timeout} for earlier calls. */
  public final void hotSwap(
      Class<?> repClass, Policy newPolicy, int clusterSize, Duration timeout) {
    HotSwap.run(
        this, newPolicy, clusterSize, HotSwap.SWAP, SwapTarget.find(this, repClass), timeout);
  }

  /** Whether the current reps can export their state (a version always can). */
  final boolean currentTransfersState() {
    return version != null || transfersState();
  }

  /** The class of the current rep set's reps, by name; null before the first rep of the object. */
  final String repClassName() {
    RepVersion<T> current = version;
    if (current != null) {
      return current.repClass().getName();
    }
    Class<?> primary = primaryRepClass();
    return primary == null ? null : primary.getName();
  }

  /**
   * A version of the rep class this root knows itself (the run-time path's declared versions), or
   * null; {@link SwapTarget} then looks for a generated {@code <prefix>_Version}.
   */
  protected RepVersion<T> versionOf(Class<?> repClass) {
    return null;
  }

  /**
   * The contract's {@code @Rep} class: the second type argument with which the generated root base
   * extends this class; null when the root does not name one (the run-time path overrides this).
   */
  protected Class<?> primaryRepClass() {
    Class<?> type = getClass();
    while (type.getSuperclass() != ClusterRoot.class) {
      type = type.getSuperclass();
    }
    java.lang.reflect.Type base = type.getGenericSuperclass();
    if (base instanceof java.lang.reflect.ParameterizedType) {
      java.lang.reflect.Type rep =
          ((java.lang.reflect.ParameterizedType) base).getActualTypeArguments()[1];
      if (rep instanceof Class) {
        return rep == Object.class ? null : (Class<?>) rep;
      }
      if (rep instanceof java.lang.reflect.ParameterizedType) {
        return (Class<?>) ((java.lang.reflect.ParameterizedType) rep).getRawType();
      }
    }
    return null;
  }

  /**
   * Under {@link Policy#ADAPTIVE}: gives up every rep the object grew, moving their state into one;
   * see {@link org.k42j.runtime.ClusteredObjects#shrink}.
   */
  public final void shrink() {
    if (policy != Policy.ADAPTIVE) {
      throw new ClusteredObjectException(
          this
              + " has the policy "
              + policy
              + "; only an adaptive object grows reps and can be shrunk");
    }
    HotSwap.run(this, Policy.ADAPTIVE, 0, HotSwap.SHRINK, SwapTarget.SAME_CLASS);
  }

  /** The policy of the current rep set. */
  public final Policy policy() {
    return policy;
  }

  // --- visits: gathers and broadcasts ---------------------------------------------------------

  /**
   * Starts a gather or broadcast (generated code calls this before visiting the reps, and {@link
   * #endVisit} after): throws once the object is destroyed; while a hot swap runs, takes part in it
   * as a call does (counted while the swap forwards calls, held while it blocks them), so that a
   * visit sees either every old rep or every new one, never some of each.
   *
   * @return what {@link #endVisit} needs
   */
  public final Object beginVisit() {
    checkActive();
    AccessProbes.visit(this);
    Mediator running = mediator;
    if (running != null && running.enter()) {
      return running;
    }
    return null;
  }

  /** Ends a visit that {@link #beginVisit} started. */
  public final void endVisit(Object visit) {
    if (visit != null) {
      ((Mediator) visit).exit();
    }
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
   * Quiescence}) and every platform thread has been seen outside the object ({@link CallerScan}),
   * every rep's cleanup and then the root's run once and the COID is released for reuse under a new
   * generation. A guarded (exclusive) rep's cleanup runs under its guard. Called outside a request,
   * this returns after the cleanup (throwing if a hook threw); called inside one, which the cleanup
   * must wait for, it returns at once and the cleanup runs after the request ends ({@link
   * #cleanedUp()}).
   */
  public final void destroy() {
    destroy(LifecycleWait.DEFAULT_TIMEOUT);
  }

  /**
   * As {@link #destroy()}, waiting at most {@code timeout} for earlier calls and requests; past it,
   * throws {@link org.k42j.runtime.LifecycleTimeoutException} and the cleanup runs later.
   */
  public final void destroy(Duration timeout) {
    Destruction destruction;
    synchronized (lock) {
      if (state != ACTIVE) {
        throw ClusteredObjectDestroyedException.destroyedAgain(contract, coid);
      }
      state = DESTROYED;
      row.empty();
      // No rep is created or replaced from now on.
      RepSet last = set; // final: no swap replaces it once the object is destroyed
      destruction = new Destruction(this, last.reps, last.entries, callerScan(), cleanedUp);
    }
    destruction.run(timeout);
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
          state != ACTIVE,
          swapCount.get(),
          adaptiveShrinks.get());
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
