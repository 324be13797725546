package org.k42j.runtime.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.Coid;
import org.k42j.runtime.RootStats;
import org.k42j.runtime.spi.AccessProbes;
import org.k42j.runtime.spi.ProbedObject;

/**
 * The internal core of a clustered object: its binding to the dispatcher, its COID, its translation
 * row, its current {@link RepGeneration} and the miss path that fills the row. A user's root
 * ({@link ClusterRoot}) owns one and supplies its hooks; generated code (dispatchers, miss objects,
 * guards) holds it in a field and calls it directly, so a user's root inherits none of this.
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
 * <p>The miss path takes this object's lock (per object, never global, and only on a processor's
 * first call), creates the rep for the processor's slot if the slot has none, and installs it in
 * the row. The slot is the processor id, its node, its cluster, 0, or (adaptive) the shared home
 * slot until the processor is given its own ({@link SlotPolicy}). For exclusive reps the row holds
 * a generated guard around the rep instead of the rep. The row itself, its growth and its
 * publication to the dispatcher are {@link TranslationRow}'s; whether the installed machine fits
 * the reps is {@link MachineFit}'s; the interposed layers are {@link Layers}'; the counts and
 * events {@link RootCounters}'; the steps of a hot swap {@link HotSwap}'s.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>A slot gets at most one rep per generation (the object's life, unless it is hot swapped):
 *       reps are created only under {@code lock} after re-checking the slot, so any number of
 *       threads missing at once create exactly one.
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
 *   <li>The generation (policy, slot policy, rep set, version, guards) is replaced whole, under
 *       {@code lock}, and by a swap only in its last step, while its mediator holds every call
 *       ({@link HotSwap}); a new rep set receives no call before its first rep has imported the old
 *       reps' state, and every rep of a set is made by that set's version.
 *   <li>Every visible entry (what rows reach) is its call entry behind exactly the installed
 *       layers, the mediator of a running swap outermost (visits reach the same without it); a
 *       layer change rebuilds the entries and empties the row, so the next call of every processor
 *       installs the new ones.
 *   <li>A rep's constructor runs under the lock; if it calls its own object from a processor whose
 *       rep is still under construction, the miss fails with a named exception instead of
 *       recursing. A call from another processor is a nested miss that may replace the row and the
 *       rep set, so the outer miss re-reads both after the constructor returns.
 * </ul>
 *
 * <p>Quiescence (deferring cleanup until in-flight calls drain) is deliberately not on the hit
 * path: it is counted per processor and per generation around each request ({@code Quiescence}), as
 * in K42 and EbbRT, not per call on the object; calls outside requests are waited for by a scan of
 * the platform threads' stacks ({@link CallerScan}), also off the hit path. {@link #destroy()}
 * refuses new calls at once and hands the rest to a {@link Destruction}, which waits for both
 * before the cleanups.
 *
 * @param <T> the contract type
 */
public final class RootCore<T> implements ProbedObject {
  private static final int ACTIVE = 0;
  private static final int DESTROYED = 1;

  final ClusterRoot<T, Object> root; // the hooks
  private final String contract;
  private final boolean exclusive;
  final Object lock = new Object();
  final WaitLock swaps = new WaitLock(); // one hot swap at a time, owned by waiter
  final RootCounters counters = new RootCounters();
  final MachineFit fit;
  private final CompletableFuture<Void> cleanedUp = new CompletableFuture<>();

  private volatile int state = ACTIVE;
  private volatile Destruction destruction; // set under lock before state becomes DESTROYED
  // Replaced whole (never changed in place) under lock, by growth of its rep set and by a hot swap;
  // read without it.
  volatile RepGeneration<T> generation;
  // The running hot swap's mediator, or null; set and cleared under lock.
  volatile Mediator mediator;
  // Written once, under lock, when the dispatcher attaches; read without it (reps reach their own
  // object through handle() on every call back into it).
  private volatile DispatcherBase handle;
  private volatile Coid coid;
  // guarded by lock
  TranslationRow<T> row;
  final Layers layers;
  final MissPath<T> misses = new MissPath<>(this);

  @SuppressWarnings("unchecked") // the rep type is the root's business; the core passes reps on
  RootCore(
      ClusterRoot<T, ?> root,
      String contract,
      Policy policy,
      int clusterSize,
      Concurrency concurrency) {
    this.root = (ClusterRoot<T, Object>) root;
    this.contract = contract;
    this.exclusive = concurrency == Concurrency.EXCLUSIVE;
    this.fit = new MachineFit(exclusive);
    this.layers = new Layers(contract);
    this.generation =
        new RepGeneration<>(
            policy, new SlotPolicy(policy, clusterSize), new RepSlots(0), null, exclusive);
  }

  /** The core of {@code root}, for the constructors of generated dispatchers. */
  public static <T> RootCore<T> of(ClusterRoot<T, ?> root) {
    return root.core();
  }

  // --- binding -------------------------------------------------------------------------------

  void attach(DispatcherBase newHandle) {
    synchronized (lock) {
      if (handle != null) {
        throw new ClusteredObjectException(
            contract
                + " root already has a dispatcher; create each clustered object through its "
                + "factory, which makes one root per dispatcher");
      }
      fit.recordCreation();
      RepGeneration<T> first = generation;
      first.slots.placeBy(InstalledMachine.topology());
      generation =
          new RepGeneration<>(
              first.policy,
              first.slots,
              first.set,
              null,
              fit.guardsExclusiveReps(first.policy == Policy.PER_PROCESSOR));
      row =
          new TranslationRow<>(
              root::newRow,
              root.newMissObject(this),
              newHandle,
              InstalledMachine.identity().count());
      handle = newHandle; // before registering, so whoever resolves the COID finds the handle
      coid = CoidTable.global().register(root);
    }
  }

  /** The translation row, for the dispatcher's constructor. */
  public T[] row() {
    synchronized (lock) {
      return row.array();
    }
  }

  // --- the miss path (MissPath's) ------------------------------------------------------------

  /**
   * Handles a call that found the miss object (or a processor id beyond the row): finds or creates
   * the rep that serves processor {@code processor}, installs it in the row and returns it for the
   * caller to re-issue the call on; see {@link MissPath#miss}.
   */
  public T miss(int processor) {
    return misses.miss(processor);
  }

  /**
   * Tells the object that a caller on {@code processor} met contention on its rep; see {@link
   * MissPath#contended}.
   *
   * @return whether this call gave the processor a rep of its own
   */
  public boolean contended(int processor) {
    return misses.contended(processor);
  }

  // --- the machine ---------------------------------------------------------------------------

  /** After an install: empties the row when the installed machine does not fit the reps. */
  void refuseUnfitMachine() {
    if (fit.fitsAnyMachine(generation)) {
      return; // decided at attach, before the root was registered, so visible here
    }
    synchronized (lock) {
      if (state != ACTIVE) {
        return;
      }
      try {
        fit.check(this, generation);
      } catch (org.k42j.runtime.ProcessorIdentityException unfit) {
        row.empty();
      }
    }
  }

  // --- visiting reps -------------------------------------------------------------------------

  /** The number of rep slots to visit with {@link #entryAt(int)}; some may be empty. */
  @Override
  public int repSlots() {
    return generation.set.length();
  }

  /**
   * The call entry of rep slot {@code slot} (the rep, or its guard for exclusive reps), or null
   * when the slot has no rep. Generated gather and broadcast methods loop over these.
   */
  @Override
  @SuppressWarnings("unchecked")
  public T entryAt(int slot) {
    RepSlots current = generation.set;
    return slot < current.length() ? (T) current.visited.get(slot) : null;
  }

  /**
   * Whether {@code candidate} is the call entry of one of this object's reps (a rep, its guard, or
   * a layer over it): a gather whose combiner folded the reps' results to one of them returns the
   * handle instead, so no caller holds an object behind the handle.
   */
  public boolean isEntry(Object candidate) {
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

  /** A snapshot of the reps created so far, in slot order (unguarded: the reps themselves). */
  List<Object> reps() {
    RepSlots current = generation.set;
    List<Object> result = new ArrayList<>();
    for (int i = 0; i < current.length(); i++) {
      Object rep = current.reps.get(i);
      if (rep != null) {
        result.add(rep);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Starts a gather or broadcast (generated code calls this before visiting the reps, and {@link
   * #endVisit} after): throws once the object is destroyed; while a hot swap runs, takes part in it
   * as a call does (counted while the swap paces calls, held while it blocks them), so that a visit
   * sees either every old rep or every new one, never some of each.
   *
   * @return what {@link #endVisit} needs
   */
  public Object beginVisit() {
    refuseCallIfDestroyed();
    AccessProbes.visit(this);
    return Mediator.enterCurrent(this);
  }

  /** Ends a visit that {@link #beginVisit} started. */
  public void endVisit(Object visit) {
    if (visit != null) {
      ((Mediator) visit).exit();
    }
  }

  // --- layers ----------------------------------------------------------------------------------

  /**
   * Puts {@code layer} in front of every rep (inside a running swap's mediator); see {@link
   * org.k42j.runtime.ClusteredObjects#interpose}.
   */
  public void addLayer(CallLayer layer) {
    synchronized (lock) {
      checkActive();
      layers.addUnderMediator(layer, mediator != null);
      relayer();
    }
  }

  /** Removes a layer {@link #addLayer} installed; nothing once the object is destroyed. */
  public void removeLayer(CallLayer layer) {
    synchronized (lock) {
      if (state == ACTIVE && layers.remove(layer)) {
        relayer();
      }
    }
  }

  /** Under lock: rebuilds every visible entry behind the installed layers and empties the row. */
  void relayer() {
    layers.rebuild(generation.set, handle);
    row.empty();
  }

  // --- state transfer ------------------------------------------------------------------------

  /**
   * The serial form of this object, for a {@code Serializable} contract's dispatcher; see {@link
   * StateTransfer#serialForm}.
   */
  public SerialForm serialForm(SerialMaker<T> maker) {
    return StateTransfer.serialForm(this, maker);
  }

  // --- lifecycle -----------------------------------------------------------------------------

  /**
   * Whether the object's reps are exclusive (one thread at a time, by a guard or by the machine).
   */
  boolean isExclusive() {
    return exclusive;
  }

  /** Whether the object is not destroyed. */
  boolean isActive() {
    return state == ACTIVE;
  }

  /** Throws {@link ClusteredObjectDestroyedException} once the object is destroyed. */
  public void checkActive() {
    if (state != ACTIVE) {
      throw destroyed();
    }
  }

  /** Outside the lock, for a call that reached the root: once destroyed, a {@link Refusal}. */
  void refuseCallIfDestroyed() {
    if (state != ACTIVE) {
      throw Refusal.of(this, destruction);
    }
  }

  /**
   * Under lock: the scan for plain-thread calls into the current reps ({@link CallerScan}): the
   * classes of the handle, the miss object, every rep and entry, and the root.
   */
  CallerScan callerScan() {
    synchronized (lock) {
      List<Object> parts = new ArrayList<>();
      parts.add(handle);
      parts.add(row.missObject());
      parts.add(root);
      generation.set.addPartsTo(parts);
      return CallerScan.of(parts);
    }
  }

  /** See {@link org.k42j.runtime.ClusteredObjects#destroy}. */
  public void destroy() {
    destroy(LifecycleWait.DEFAULT_TIMEOUT);
  }

  /** See {@link org.k42j.runtime.ClusteredObjects#destroy(Object, Duration)}. */
  public void destroy(Duration timeout) {
    Destruction destroying;
    synchronized (lock) {
      if (state != ACTIVE) {
        throw ClusteredObjectDestroyedException.destroyedAgain(contract, coid);
      }
      // The rep set is final: no swap replaces it once the object is destroyed.
      destroying = new Destruction(this, generation.set, callerScan(), cleanedUp);
      destruction = destroying;
      state = DESTROYED;
      row.empty();
      // No rep is created or replaced from now on.
    }
    destroying.run(timeout);
  }

  /**
   * Completes when the object's cleanup has run after {@link #destroy()} (exceptionally when a hook
   * threw); never before the object is destroyed.
   */
  public CompletableFuture<Void> cleanedUp() {
    return cleanedUp.copy();
  }

  /** The root's own cleanup hook, for {@link Destruction}. */
  void runRootCleanup() {
    root.cleanup();
  }

  // --- hot swap (the steps are HotSwap's) ------------------------------------------------------

  /** See {@link org.k42j.runtime.ClusteredObjects#hotSwap}. */
  public void hotSwap(Policy newPolicy, int clusterSize) {
    HotSwap.run(this, newPolicy, clusterSize, HotSwap.SWAP, SwapTarget.SAME_CLASS);
  }

  /** See {@link org.k42j.runtime.ClusteredObjects#hotSwap(Object, Class, Policy, int)}. */
  public void hotSwap(Class<?> repClass, Policy newPolicy, int clusterSize) {
    HotSwap.run(this, newPolicy, clusterSize, HotSwap.SWAP, SwapTarget.find(this, repClass));
  }

  /** See {@link org.k42j.runtime.ClusteredObjects#hotSwap(Object, Policy, int, Duration)}. */
  public void hotSwap(Policy newPolicy, int clusterSize, Duration timeout) {
    HotSwap.run(this, newPolicy, clusterSize, HotSwap.SWAP, SwapTarget.SAME_CLASS, timeout);
  }

  /**
   * See {@link org.k42j.runtime.ClusteredObjects#hotSwap(Object, Class, Policy, int, Duration)}.
   */
  public void hotSwap(Class<?> repClass, Policy newPolicy, int clusterSize, Duration timeout) {
    HotSwap.run(
        this, newPolicy, clusterSize, HotSwap.SWAP, SwapTarget.find(this, repClass), timeout);
  }

  /** See {@link org.k42j.runtime.ClusteredObjects#shrink}. */
  public void shrink() {
    Policy policy = generation.policy;
    if (policy != Policy.ADAPTIVE) {
      throw new ClusteredObjectException(
          this
              + " has the policy "
              + policy
              + "; only an adaptive object grows reps and can be shrunk");
    }
    HotSwap.run(this, Policy.ADAPTIVE, 0, HotSwap.SHRINK, SwapTarget.SAME_CLASS);
  }

  // --- what the object is --------------------------------------------------------------------

  /** The object's COID. */
  public Coid coid() {
    return coid;
  }

  /**
   * The dispatcher bound to this object, as the contract: what a generated guard issues a call
   * again through when the guard was retired (see {@link RepGuard}).
   */
  @SuppressWarnings("unchecked") // the dispatcher implements the contract T
  public T handle() {
    return (T) handle;
  }

  /** The contract's name. */
  @Override
  public String contract() {
    return contract;
  }

  /** The dispatcher, for building entries behind layers. */
  DispatcherBase dispatcher() {
    return handle;
  }

  /** The user's root. */
  public ClusterRoot<T, ?> root() {
    return root;
  }

  /** What the object has seen so far. */
  RootStats stats() {
    synchronized (lock) {
      RepGeneration<T> current = generation;
      return new RootStats(
          contract,
          coid,
          current.policy,
          row == null ? 0 : row.length(),
          current.set.created,
          counters.misses(),
          counters.adaptiveGrowths(),
          state != ACTIVE,
          counters.swaps(),
          counters.adaptiveShrinks());
    }
  }

  ClusteredObjectDestroyedException destroyed() {
    return new ClusteredObjectDestroyedException(contract, coid);
  }

  @Override
  public String toString() {
    return contract + "@" + coid;
  }
}
