/**
 * The source-level API of k42j: what a user writes to turn an ordinary service into a K42
 * clustered object.
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
 * <p>The k42j annotation processor writes the rest: the dispatcher that routes each call through
 * the calling processor's translation-table entry, the miss object, the root with the rep set, the
 * rep base class and the factory. Generated types are named after the contract, nested names
 * joined with {@code _}: {@code Counter_Dispatcher}, {@code Counter_Miss}, {@code Counter_RootBase},
 * {@code Counter_Root}, {@code Counter_RepBase}, {@code Counter_Guard}, {@code Counter_Factory}.
 */
package org.k42j.annotations;
