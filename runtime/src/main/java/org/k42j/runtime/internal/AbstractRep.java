package org.k42j.runtime.internal;

import org.k42j.runtime.ClusteredObjectException;

/**
 * Base of every generated {@code Contract_RepBase}: a rep's link to its root, its slot in the rep
 * set and the processor whose first call created it. The link is final and already set when the
 * rep's own constructor runs, because the root announces it to the constructor through a
 * creation-scoped thread-local (miss path only; the hit path never reads it).
 */
public abstract class AbstractRep {
  private static final ThreadLocal<Birth> BIRTH = new ThreadLocal<>();

  private final RootCore<?> core;
  private final int slot;
  private final int home;

  /** Links the rep to the root that is creating it, if any. */
  protected AbstractRep() {
    Birth birth = BIRTH.get();
    this.core = birth == null ? null : birth.core;
    this.slot = birth == null ? -1 : birth.slot;
    this.home = birth == null ? -1 : birth.home;
  }

  /** The root that created this rep. */
  protected final ClusterRoot<?, ?> clusterRoot() {
    if (core == null) {
      throw new ClusteredObjectException(
          getClass().getName()
              + " was constructed directly, outside its clustered object, so it "
              + "has no root; let the root create reps (call the clustered object) or do not use "
              + "root(), siblings() or homeProcessor() in such a rep");
    }
    return core.root();
  }

  /** The rep's slot in the rep set (its processor, node or cluster number under the policy). */
  protected final int slot() {
    clusterRoot();
    return slot;
  }

  /** The processor whose first call created this rep. */
  protected final int homeProcessor() {
    clusterRoot();
    return home;
  }

  /** The NUMA node of {@link #homeProcessor()}. */
  protected final int node() {
    return InstalledMachine.topology().nodeOf(homeProcessor());
  }

  /**
   * Tells the root that this rep is contended (for example a compare-and-swap in the rep failed);
   * under {@link org.k42j.annotations.Policy#ADAPTIVE} the calling processor then gets a rep of its
   * own.
   */
  protected final void reportContention() {
    clusterRoot();
    core.contended(InstalledMachine.current());
  }

  /** Runs once when the clustered object is destroyed; release what the rep holds. */
  protected void cleanup() {}

  static void born(RootCore<?> core, int slot, int home) {
    BIRTH.set(new Birth(core, slot, home));
  }

  static void bornDone() {
    BIRTH.remove();
  }

  private record Birth(RootCore<?> core, int slot, int home) {}
}
