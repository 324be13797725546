package org.k42j.runtime;

/** A call reached a clustered object after {@link ClusteredObjects#destroy(Object)}. */
public final class ClusteredObjectDestroyedException extends ClusteredObjectException {
  private static final long serialVersionUID = 1L;

  /** For the object with this contract and COID. */
  public ClusteredObjectDestroyedException(String contract, Coid coid) {
    super(
        contract
            + " ("
            + coid
            + ") was destroyed; calls on its handle fail from then on. "
            + "Create a new instance with its factory (or ClusteredObjects.create) instead of "
            + "keeping the old handle.");
  }
}
