package org.k42j.runtime;

/**
 * A call reached a clustered object after {@link ClusteredObjects#destroy(Object)}, or the object
 * was destroyed a second time.
 */
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

  private ClusteredObjectDestroyedException(String message) {
    super(message);
  }

  /**
   * For a second {@link ClusteredObjects#destroy(Object)} of the object with this contract and
   * COID.
   */
  public static ClusteredObjectDestroyedException destroyedAgain(String contract, Coid coid) {
    return new ClusteredObjectDestroyedException(
        contract + " (" + coid + ") is already destroyed; destroy each object once");
  }
}
