package org.k42j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of a {@link Rep} class that takes over the state of the reps a hot swap
 * replaces: {@code void name(java.util.List<S> exported)}, where {@code S} is the return type of
 * the rep's {@link ExportState} method (boxed when it is primitive). The runtime calls it on one
 * new rep, the one that serves the swapping thread's processor under the new policy, with the
 * exported states of every old rep in slot order, before any call reaches a new rep; the other new
 * reps start empty, as reps created on a miss always do. So the state of the whole object moves
 * into one rep: merge what the list holds (sum counts, union maps).
 *
 * <p>The method is neither static nor private, returns {@code void} and takes exactly that one
 * parameter. A rep class declares at most one {@code @ImportState} method, and declares one exactly
 * when it declares an {@link ExportState} method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ImportState {}
