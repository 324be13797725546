package org.k42j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code void} contract method that runs on every existing rep (for example to reset or
 * invalidate per-processor state). Processors without a rep are not visited: they will create a
 * fresh rep on their next call.
 *
 * <pre>{@code
 * @Broadcast
 * void reset();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Broadcast {}
