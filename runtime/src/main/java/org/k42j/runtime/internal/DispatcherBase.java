package org.k42j.runtime.internal;

import org.k42j.runtime.ClusteredObjectException;

/**
 * Base of every generated dispatcher: binds the dispatcher to its root, which gives it its COID and
 * its translation row. The dispatcher keeps the row in a field of its own contract type (so the hit
 * path is one array load with no cast); the root replaces it through {@link #installRow} when the
 * row grows.
 *
 * <p>Deliberately has no public instance methods, so no name can clash with a contract's.
 */
public abstract class DispatcherBase {
  private final ClusterRoot<?, ?> root;

  /** Binds this new dispatcher to {@code root}, which must not have a dispatcher yet. */
  protected DispatcherBase(ClusterRoot<?, ?> root) {
    this.root = root;
    root.core().attach(this);
  }

  /**
   * Replaces the translation row the dispatcher reads; {@code row} has the contract's element type.
   */
  protected abstract void installRow(Object[] row);

  /** The root behind a handle, or a clear error when {@code handle} is not a clustered object. */
  public static ClusterRoot<?, ?> rootOf(Object handle) {
    if (handle instanceof DispatcherBase) {
      return ((DispatcherBase) handle).root;
    }
    throw new ClusteredObjectException(
        (handle == null ? "null" : handle.getClass().getName())
            + " is not a clustered object handle; pass the object returned by a generated "
            + "Contract_Factory.create() or ClusteredObjects.create(Contract.class)");
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
