package org.k42j.runtime.internal;

import java.util.List;
import java.util.Objects;

/**
 * Another version of a contract's rep class, which a live object can be hot swapped to: how to make
 * its reps (and, for exclusive reps, their guards) and how they take part in the state transfer.
 * The processor generates one subclass per {@code @RepVersion} class ({@code <prefix>_Version},
 * with a {@code VERSION} constant); users pass it, or the version's rep class, to {@link
 * org.k42j.runtime.ClusteredObjects#hotSwap(Object, Class, org.k42j.annotations.Policy)}.
 *
 * <p>Invariants: a version belongs to one contract (its name is checked against the object's at the
 * swap) and always declares a state transfer whose state type equals that of the contract's
 * {@code @Rep} class (the processor checks it at compile time), so any version's exported states
 * can be imported by any other's; its methods are called by the root under the same rules as the
 * root's own hooks ({@code newRep} under the root's lock, the export under the rep's guard).
 *
 * @param <T> the contract type
 */
public abstract class RepClassVersion<T> {
  private final String contract;
  private final Class<?> repClass;

  /** For generated versions: the contract's name and the version's rep class. */
  protected RepClassVersion(String contract, Class<?> repClass) {
    this.contract = Objects.requireNonNull(contract);
    this.repClass = Objects.requireNonNull(repClass);
  }

  /** A new rep of this version for {@code root}'s object; called on the miss path. */
  protected abstract T newRep(ClusterRoot<T, ?> root);

  /** The row entry of an exclusive rep of this version: the contract's generated guard. */
  protected T guard(RootCore<T> core, T rep) {
    throw new IllegalStateException(repClass.getName() + " has thread-safe reps: no guard");
  }

  /** Calls the rep's {@code @ExportState} method. */
  protected abstract Object exportState(T rep);

  /** Calls the rep's {@code @ImportState} method with every old rep's exported state. */
  protected abstract void importState(T rep, List<Object> exported);

  /** The contract's name. */
  public final String contract() {
    return contract;
  }

  /** The rep class of this version. */
  public final Class<?> repClass() {
    return repClass;
  }

  @Override
  public String toString() {
    return repClass.getName();
  }
}
