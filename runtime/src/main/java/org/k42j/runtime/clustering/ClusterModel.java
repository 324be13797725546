package org.k42j.runtime.clustering;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;

/**
 * A validated run-time declaration: everything the class writer and the root need, immutable. The
 * run-time counterpart of the processor's {@code ContractModel}: the same contract, the same method
 * routes, the same rep settings; reps and the root are made by functions rather than named classes.
 *
 * @param contract the contract interface
 * @param methods every method the dispatcher implements, one per signature, in a deterministic
 *     order (by name, then parameter types)
 * @param policy the rep policy
 * @param clusterSize processors per rep under {@link Policy#PER_CLUSTER}, else 0
 * @param concurrency exclusive (guarded) or thread-safe reps
 * @param reps how reps are made
 * @param root the root object's class and maker, or null when the declaration has no root
 * @param stateTransfer how reps' state moves in a hot swap, or null when the object cannot be
 *     swapped
 */
record ClusterModel(
    Class<?> contract,
    List<MethodRoute> methods,
    Policy policy,
    int clusterSize,
    Concurrency concurrency,
    RepSource reps,
    RootSource root,
    StateTransfer stateTransfer,
    List<Version> versions) {

  ClusterModel {
    methods = List.copyOf(methods);
    versions = List.copyOf(versions);
  }

  /**
   * How reps are made: by the user's function of the root object (null without a root), or by a
   * constructor of an existing class, which a generated subclass adapts to the contract when the
   * class does not implement it.
   *
   * @param maker the user's function, or null for a class
   * @param type the existing class, or null for a function
   * @param constructor the class's constructor to call (no parameters, or the root)
   * @param adapted the contract methods the generated subclass must bridge to the class's methods
   *     of the same name and parameters as the contract sees them (their return types differ, or
   *     the contract's erased method is a generic superinterface's, whose types the contract
   *     binds); empty when nothing is bridged
   * @param subclass whether the class needs a generated subclass (it does not implement the
   *     contract)
   */
  record RepSource(
      Function<Object, Object> maker,
      Class<?> type,
      Constructor<?> constructor,
      List<java.lang.reflect.Method> adapted,
      boolean subclass) {

    RepSource {
      adapted = List.copyOf(adapted);
    }
  }

  /**
   * The root object: the state every rep shares and the on-root methods run on.
   *
   * @param type the declared class of the root object
   * @param maker makes it from the object's rep set
   */
  record RootSource(Class<?> type, Function<RepSet<Object>, Object> maker) {}

  /**
   * The run-time form of {@code @ExportState} / {@code @ImportState}.
   *
   * @param repType the class every rep must be an instance of
   * @param exportState an old rep's state
   * @param importState gives a new rep every old rep's state
   */
  record StateTransfer(
      Class<?> repType,
      Function<Object, Object> exportState,
      BiConsumer<Object, List<Object>> importState) {}

  /**
   * Another rep class the object can be hot swapped to: the run-time form of {@code @RepVersion}.
   *
   * @param repClass the version's rep class, which implements the contract
   * @param maker makes a rep of the version
   * @param exportState an old rep's state
   * @param importState gives a new rep every old rep's state
   */
  record Version(
      Class<?> repClass,
      Supplier<Object> maker,
      Function<Object, Object> exportState,
      BiConsumer<Object, List<Object>> importState) {}
}
