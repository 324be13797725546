package org.k42j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks another version of a contract's rep class, which a live object can be hot swapped to (and
 * back) while other threads keep calling it:
 *
 * <pre>{@code
 * @RepVersion(of = CounterRep.class)
 * final class StripedCounterRep extends Counter_RepBase implements Counter {
 *   @ExportState long exportCount() { ... }
 *   @ImportState void importCounts(List<Long> exported) { ... }
 *   ...
 * }
 *
 * ClusteredObjects.hotSwap(counter, StripedCounterRep.class, Policy.PER_PROCESSOR);
 * }</pre>
 *
 * <p>The class implements the same {@link ClusteredObject} interface as the {@link Rep} class
 * {@link #of()} names, follows the same rules as a rep class (concrete, visible from the contract's
 * package, a constructor that takes nothing or the contract's root), and runs under that rep's
 * {@link Rep#concurrency()}; the policy is chosen at the swap. Both classes must declare the
 * state-transfer contract ({@link ExportState} and {@link ImportState}) with the same state type,
 * so the state of either moves into the other: the k42j processor checks this at compile time and
 * generates {@code <Version>_Version}, through which the runtime makes the version's reps.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RepVersion {
  /** The contract's {@link Rep} class this class is another version of. */
  Class<?> of();
}
