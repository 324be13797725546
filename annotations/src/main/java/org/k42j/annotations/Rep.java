package org.k42j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the per-processor class (the "rep") of a clustered object. The class must implement exactly
 * one {@link ClusteredObject} interface, be concrete and not private, and have a non-private
 * constructor that takes no arguments or takes the contract's root (the class {@link #root()}
 * names, else the generated {@code Contract_Root}).
 *
 * <pre>{@code
 * @Rep(policy = Policy.PER_NODE, concurrency = Concurrency.THREAD_SAFE)
 * final class CounterRep extends Counter_RepBase implements Counter {
 *   private final LongAdder count = new LongAdder();
 *   public void increment() { count.increment(); }
 *   public long value() { return count.sum(); }
 * }
 * }</pre>
 *
 * <p>Extending the generated {@code Contract_RepBase} is optional; it gives the rep its root, home
 * processor, node and sibling reps.
 *
 * <p>The rep is the one class everything generated for its contract is derived from: the k42j
 * processor reaches the contract through the rep's superinterface and the user's root through
 * {@link #root()}, so build tools can regenerate a contract's code from the rep alone (Gradle
 * treats the processor as isolating).
 *
 * <h2>What a rep's code may assume</h2>
 *
 * <ul>
 *   <li>{@link Concurrency#EXCLUSIVE} (the default): the runtime lets at most one thread at a time
 *       into a rep, so the rep is plain sequential code, as in K42. Inside the k42j kernel one
 *       thread runs per virtual processor, so this costs nothing; on plain JVM threads several
 *       threads can share a processor slot and the runtime guards each rep with a small lock
 *       (uncontended: one compare-and-swap) and moves a thread that finds it taken to another slot.
 *   <li>{@link Concurrency#THREAD_SAFE}: calls reach the rep without a guard; the rep must tolerate
 *       concurrent callers itself (atomics, {@code LongAdder}, concurrent maps). Use this for reps
 *       that are shared by design ({@link Policy#SINGLE}, {@link Policy#PER_NODE}, {@link
 *       Policy#PER_CLUSTER}) when their own synchronization is cheaper than a guard.
 *   <li>Under every policy, {@link Gather} and {@link Broadcast} methods visit reps from the
 *       calling thread, under the same guard for exclusive reps, so they may run concurrently with
 *       the rep's other methods on thread-safe reps.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Rep {
  /** How many reps serve the object and which processors share one. */
  Policy policy() default Policy.PER_PROCESSOR;

  /**
   * Processors per rep under {@link Policy#PER_CLUSTER}; must be at least 2 there and must be left
   * unset (0) under every other policy.
   */
  int clusterSize() default 0;

  /** Who may be inside a rep at the same time; see the class comment. */
  Concurrency concurrency() default Concurrency.EXCLUSIVE;

  /**
   * The user-written root of the clustered object: a class annotated {@link Root} that extends the
   * generated {@code Contract_RootBase} and holds the state every rep shares. Left unset ({@code
   * Void.class}), the generated {@code Contract_Root} is used, which holds no state of its own.
   *
   * <pre>{@code
   * @Rep(root = RegistryRoot.class)
   * final class RegistryRep extends Registry_RepBase implements Registry {
   *   private final RegistryRoot shared;
   *
   *   RegistryRep(RegistryRoot shared) { this.shared = shared; }
   *   ...
   * }
   * }</pre>
   *
   * <p>A contract with {@link OnRoot} methods needs a root: they run on it.
   */
  Class<?> root() default Void.class;
}
