package org.k42j.runtime;

/** A {@link Coid} was resolved after its object was destroyed or collected and its slot reused. */
public final class StaleCoidException extends ClusteredObjectException {
  private static final long serialVersionUID = 1L;

  /** For a coid whose slot now holds {@code current} generation, or nothing. */
  public StaleCoidException(Coid stale, String now) {
    super(
        stale
            + " is stale: its object is gone and the slot now holds "
            + now
            + ". Keep the handle (the object you called) rather than its COID, or look the COID up "
            + "again from a live handle with ClusteredObjects.coid(handle).");
  }
}
