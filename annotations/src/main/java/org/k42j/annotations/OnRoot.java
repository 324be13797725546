package org.k42j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a contract method that runs on the root (single-copy shared state) instead of a rep. The
 * rep must name a {@link Root} class with {@code @Rep(root = ...)}, and that class must declare a
 * non-private method with the same name, parameters and return type.
 *
 * <pre>{@code
 * @OnRoot
 * int registeredNames();   // implemented by the @Root class
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnRoot {}
