package org.k42j.runtime.internal;

import org.k42j.runtime.ProcessorIdentityException;
import org.k42j.runtime.spi.Topology;

/**
 * Whether the installed machine is one a clustered object's reps may serve under: exclusive
 * per-processor reps made without a guard (the object was created under an identity that runs one
 * thread per processor) must not be entered while threads may share a processor, and per-node reps
 * serve only under a topology equal to the one that placed them. Decided at each miss, and after
 * every install, which empties the rows of the objects that no longer fit so that their next call
 * reaches the root and fails there.
 *
 * <p>Invariants: {@code createdUnder} is written once, under the root's lock, when the dispatcher
 * attaches, before the root is registered (so {@link #machineChanged()}, which finds roots through
 * the COID table, sees it); {@link #check} runs under the root's lock with the generation it reads
 * there.
 */
final class MachineFit {
  private final boolean exclusive;
  private String createdUnder; // the identity, as it describes itself

  MachineFit(boolean exclusive) {
    this.exclusive = exclusive;
  }

  /** Under the root's lock, at attach: the identity the object is created under. */
  void recordCreation() {
    createdUnder = String.valueOf(InstalledMachine.identity());
  }

  /**
   * Under the root's lock: whether exclusive reps need no guard, decided once at creation:
   * exclusive per-processor reps under an identity that runs one thread per processor.
   */
  boolean guardsExclusiveReps(boolean perProcessor) {
    return exclusive && !(perProcessor && InstalledMachine.identity().oneThreadPerProcessor());
  }

  /** Whether nothing of {@code generation} depends on the machine, so no install can unfit it. */
  boolean fitsAnyMachine(RepGeneration<?> generation) {
    return !generation.unguardedExclusive(exclusive) && generation.slots.topology() == null;
  }

  /**
   * Under the root's lock: refuses a call to {@code object} when the installed machine is not one
   * the reps of {@code generation} may serve under.
   */
  void check(Object object, RepGeneration<?> generation) {
    if (generation.unguardedExclusive(exclusive)
        && !InstalledMachine.identity().oneThreadPerProcessor()) {
      throw new ProcessorIdentityException(
          object
              + " was created under "
              + createdUnder
              + ", which runs one thread per processor, so its exclusive per-processor reps have"
              + " no guard; the installed identity "
              + InstalledMachine.identity()
              + " may run several threads on a processor. Recreate the object after installing "
              + InstalledMachine.identity()
              + ", or install an identity that runs one thread per processor again");
    }
    Topology topology = generation.slots.topology();
    if (topology != null && !topology.equals(InstalledMachine.topology())) {
      throw new ProcessorIdentityException(
          object
              + " placed its per-node reps by the topology "
              + topology
              + " it was created under, but the installed topology is "
              + InstalledMachine.topology()
              + ". Recreate the object after installing "
              + InstalledMachine.topology()
              + ", or install a topology equal to "
              + topology
              + " again");
    }
  }

  /**
   * Called after every install of a machine: empties the row of every live object whose reps the
   * installed machine may not reach, so its next call goes to the root and fails there, until a
   * machine it fits is installed again.
   */
  static void machineChanged() {
    CoidTable.global().forEachRoot(root -> root.core().refuseUnfitMachine());
  }
}
