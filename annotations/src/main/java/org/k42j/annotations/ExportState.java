package org.k42j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of a {@link Rep} class that hands over the rep's state when the clustered object
 * is hot swapped (its reps replaced while it is in use: another policy, or fewer reps after an
 * adaptive object's load went away). Together with {@link ImportState} it is the object's
 * state-transfer contract, which the k42j processor checks at compile time; an object whose rep
 * declares neither cannot be hot swapped.
 *
 * <pre>{@code
 * @Rep
 * final class CounterRep extends Counter_RepBase implements Counter {
 *   private long count;
 *
 *   @ExportState
 *   long exportCount() { return count; }
 *
 *   @ImportState
 *   void importCounts(List<Long> exported) { for (long c : exported) count += c; }
 * }
 * }</pre>
 *
 * <p>The method takes no parameters, returns the state (any type but {@code void}; the runtime
 * never looks inside it), is neither static nor private, and is called once on every old rep, after
 * every call that started before the swap has left it (under its guard for exclusive reps). A rep
 * class declares at most one {@code @ExportState} method, and declares one exactly when it declares
 * an {@code @ImportState} method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ExportState {}
