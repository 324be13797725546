package org.k42j.processor.clustered.model;

/** The types generated for a contract, and the suffix each gets after the contract's prefix. */
public enum GeneratedType {
  /** Implements the contract through the per-processor translation row (COID dispatch). */
  DISPATCHER("Dispatcher"),
  /** Stands in empty row entries; every method goes through the root's miss handling. */
  MISS("Miss"),
  /** Extends the runtime root with the contract's factory hooks; user roots extend it. */
  ROOT_BASE("RootBase"),
  /** The final root used when the user writes no {@code @Root}. */
  ROOT("Root"),
  /** Optional base class for reps: root, home processor, node, siblings, cleanup. */
  REP_BASE("RepBase"),
  /** The row entry of an exclusive rep on plain threads: one caller at a time. */
  GUARD("Guard"),
  /** Static {@code create()} for the contract. */
  FACTORY("Factory"),
  /**
   * The handle of a {@code @ClusterWide} contract in one member of a cluster of JVMs (written by
   * {@code ClusterWriter} for the {@code k42j-cluster} module).
   */
  CLUSTER("Cluster");

  private final String suffix;

  GeneratedType(String suffix) {
    this.suffix = suffix;
  }

  public String suffix() {
    return suffix;
  }
}
