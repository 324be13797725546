/**
 * The source-level API of k42j: what a user writes to turn an ordinary service into a K42 clustered
 * object.
 *
 * <p>A clustered object is one identity backed by a set of representatives ("reps"), at most one
 * per processor, created lazily on the first call from a processor. The user writes:
 *
 * <pre>{@code
 * @ClusteredObject
 * public interface Counter {
 *   void increment();
 *
 *   @Gather(reduce = Reduce.SUM)
 *   long value();
 * }
 *
 * @Rep(concurrency = Concurrency.EXCLUSIVE)
 * final class CounterRep implements Counter {
 *   private long count;
 *   public void increment() { count++; }
 *   public long value() { return count; }
 * }
 *
 * Counter counter = Counter_Factory.create();
 * }</pre>
 *
 * <p>State that every rep shares lives in a root: a class marked {@link Root} that extends the
 * generated {@code Contract_RootBase}, named by the rep with {@link Rep#root()}. Methods marked
 * {@link OnRoot} run on it:
 *
 * <pre>{@code
 * @ClusteredObject
 * public interface Registry {
 *   long idOf(String name);
 *
 *   @OnRoot
 *   int registeredNames();
 * }
 *
 * @Root
 * class RegistryRoot extends Registry_RootBase {
 *   final ConcurrentHashMap<String, Long> ids = new ConcurrentHashMap<>();
 *
 *   public int registeredNames() { return ids.size(); }
 * }
 *
 * @Rep(root = RegistryRoot.class)
 * final class RegistryRep implements Registry {
 *   private final RegistryRoot shared;
 *
 *   RegistryRep(RegistryRoot shared) { this.shared = shared; }
 *   public long idOf(String name) {
 *     return shared.ids.computeIfAbsent(name, n -> (long) shared.ids.size());
 *   }
 *   public int registeredNames() { return shared.registeredNames(); }
 * }
 * }</pre>
 *
 * <p>The k42j annotation processor writes the rest: the dispatcher that routes each call through
 * the calling processor's translation-table entry, the miss object, the root with the rep set, the
 * rep base class and the factory. Generated types are named after the contract, nested names joined
 * with {@code _}: {@code Counter_Dispatcher}, {@code Counter_Miss}, {@code Counter_RootBase},
 * {@code Counter_Root}, {@code Counter_RepBase}, {@code Counter_Guard}, {@code Counter_Factory}.
 * Everything generated for a contract is derived from its {@code @Rep} class: the contract is the
 * rep's interface and the root is the class the rep names, so a build tool can regenerate the code
 * of one contract from its rep alone.
 */
package org.k42j.annotations;
