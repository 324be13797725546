package org.k42j.processor.clustered.model;

import com.palantir.javapoet.ClassName;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;

/**
 * The {@code @Rep} class of a contract.
 *
 * @param type the rep class (generic reps declare the contract's type variables, in order)
 * @param policy the rep policy
 * @param clusterSize processors per rep under {@link Policy#PER_CLUSTER}, else 0
 * @param concurrency exclusive or thread-safe
 * @param takesRoot whether the constructor to call takes the root (else it takes nothing)
 * @param stateTransfer the rep's state-transfer contract for hot swapping, or null when it declares
 *     none
 */
public record RepModel(
    ClassName type,
    Policy policy,
    int clusterSize,
    Concurrency concurrency,
    boolean takesRoot,
    StateTransferModel stateTransfer) {

  /** A rep without a state-transfer contract. */
  public RepModel(
      ClassName type, Policy policy, int clusterSize, Concurrency concurrency, boolean takesRoot) {
    this(type, policy, clusterSize, concurrency, takesRoot, null);
  }

  /** A copy of this rep with {@code transfer} as its state-transfer contract. */
  public RepModel withStateTransfer(StateTransferModel transfer) {
    return new RepModel(type, policy, clusterSize, concurrency, takesRoot, transfer);
  }
}
