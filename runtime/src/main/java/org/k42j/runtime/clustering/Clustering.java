package org.k42j.runtime.clustering;

/**
 * Run-time clustering: turns an existing class into a clustered object without annotations in its
 * source. A declaration names the contract (an interface callers use), how a rep is made, which
 * methods gather or broadcast across reps or run on a root, and the rep policy; {@link
 * Declaration#build()} checks it, generates the dispatcher, miss object and guard with ByteBuddy,
 * and returns a {@link ClusteredType} whose {@code create()} makes clustered objects.
 *
 * <pre>{@code
 * ClusteredType<RequestStats> type =
 *     Clustering.of(RequestStats.class)
 *         .repClass(SynchronizedRequestStats.class)          // one instance per processor
 *         .gather("snapshot", MergeSnapshots.class)           // fold every rep's snapshot
 *         .broadcast("reset")                                 // run on every rep
 *         .build();                                           // checked here, classes generated
 * RequestStats stats = type.create();
 * }</pre>
 *
 * <p>The objects behave exactly as the annotation processor's output for the same declaration
 * ({@code @ClusteredObject} contract, {@code @Rep} settings, {@code @Gather}, {@code @Broadcast},
 * {@code @OnRoot}): the generated classes extend the same runtime (root, translation row, miss
 * handling, guards) and route methods by the same rules; {@code ClusteredObjects} destroys,
 * resolves and reports on them alike.
 */
public final class Clustering {
  private Clustering() {}

  /**
   * Starts a declaration for the public, non-sealed interface {@code contract}. Every method of it
   * goes to the calling processor's rep unless declared otherwise.
   */
  public static <C> Declaration<C, Void> of(Class<C> contract) {
    return new Declaration<>(contract);
  }
}
