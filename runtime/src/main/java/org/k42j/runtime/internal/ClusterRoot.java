package org.k42j.runtime.internal;

import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.Coid;
import org.k42j.runtime.RootStats;

/**
 * The root of a clustered object as its generated root base and a user's {@code @Root} class see
 * it: the hooks that make rows, miss objects, reps and guards and move reps' state, the cleanup
 * hook, and what root code may read (the reps, the COID, the statistics). Generated {@code
 * Contract_RootBase} classes extend it and fill in the factory hooks; users extend those to hold
 * shared state.
 *
 * <p>Everything that runs the object (binding, the translation row, the miss path, machine fit,
 * layers, counters, visits, hot swap and destruction) is the {@link RootCore} this root owns, which
 * generated code reaches through a field of its own; a user's root inherits none of it.
 *
 * <p>Invariants: the core is made in the constructor and never replaced; the hooks are called by
 * the core under the rules it states ({@link #newRep()} and the guard hook under the object's lock,
 * the state hooks under the rep's guard or while the swap holds every call).
 *
 * @param <T> the contract type
 * @param <R> the rep class
 */
public abstract class ClusterRoot<T, R> {
  private final RootCore<T> core;

  /** For generated root bases: the contract's name and its {@code @Rep} settings. */
  protected ClusterRoot(String contract, Policy policy, int clusterSize, Concurrency concurrency) {
    this.core = new RootCore<>(this, contract, policy, clusterSize, concurrency);
  }

  /** A new, empty row of the contract type. */
  protected abstract T[] newRow(int length);

  /** The object that stands in empty row entries and routes calls to {@code core}'s miss path. */
  protected abstract T newMissObject(RootCore<T> core);

  /** A new rep; called on the miss path under the object's lock. */
  protected abstract R newRep();

  /** The row entry for an exclusive rep: a generated guard around it, reporting to {@code core}. */
  protected abstract T guard(RootCore<T> core, R rep);

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
        core.contract()
            + " cannot be hot swapped: its rep declares no state transfer; add an @ExportState"
            + " method and an @ImportState method to the rep class");
  }

  /**
   * A version of the rep class this root knows itself (the run-time path's declared versions), or
   * null; {@link SwapTarget} then looks for a generated {@code <prefix>_Version}.
   */
  protected RepClassVersion<T> versionOf(Class<?> repClass) {
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

  /** The object's core, for the runtime's own parts. */
  final RootCore<T> core() {
    return core;
  }

  // --- what root code may read -----------------------------------------------------------------

  /**
   * Visits every rep through its call entry (guarded for exclusive reps), the safe way to read or
   * change reps from root code. A call of {@code action} that reaches a guard a hot swap or destroy
   * retired meanwhile (from a thread the swap could not see) is refused by name, not issued again
   * through the handle as a per-rep call is: it was meant for the rep visited ({@link RepGuard}).
   */
  public final void forEachEntry(Consumer<? super T> action) {
    EntryVisits.run(
        () -> {
          for (int i = 0, n = core.repSlots(); i < n; i++) {
            T entry = core.entryAt(i);
            if (entry != null) {
              action.accept(entry);
            }
          }
        });
  }

  /**
   * A snapshot of the reps created so far, in slot order (unguarded: the reps themselves). After a
   * hot swap to a {@link RepClassVersion} they are that version's reps, not {@code R}s: reach them
   * through the contract.
   */
  @SuppressWarnings("unchecked")
  public final List<R> reps() {
    return Collections.unmodifiableList((List<R>) core.reps());
  }

  /** The policy of the current rep set. */
  public final Policy policy() {
    return core.generation.policy;
  }

  /** The object's COID. */
  public final Coid coid() {
    return core.coid();
  }

  /** The dispatcher bound to this root. */
  public final Object handle() {
    return core.handle();
  }

  /** The contract's name. */
  public final String contract() {
    return core.contract();
  }

  /** What this object has seen so far. */
  public final RootStats stats() {
    return core.stats();
  }

  @Override
  public String toString() {
    return core.toString();
  }
}
