package org.k42j.runtime.clustering;

import java.util.List;
import java.util.function.Consumer;

/**
 * What a run-time root object sees of its clustered object's reps: the counterpart of the rep-set
 * methods a processor-generated root base inherits ({@code forEachEntry}, {@code reps()}). The root
 * maker receives it (see {@link Declaration#root}); the root keeps it to reach the reps, for
 * example to invalidate a key in every replica.
 *
 * @param <C> the contract type
 */
public interface RepSet<C> {
  /**
   * Calls {@code action} with every rep created so far, through its call entry: an exclusive rep is
   * entered through its guard, so the action runs as one of its calls would. The safe way to change
   * reps from the root.
   */
  void forEachEntry(Consumer<? super C> action);

  /**
   * The reps created so far, in slot order, unguarded (the rep objects themselves), each cast to
   * {@code repType}: for methods the contract does not have. A caller that changes an exclusive rep
   * this way must order itself with the rep's own calls.
   *
   * @throws org.k42j.runtime.ClusteredObjectException if a rep is not a {@code repType}
   */
  <P> List<P> reps(Class<P> repType);
}
