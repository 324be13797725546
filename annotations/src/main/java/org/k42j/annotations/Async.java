package org.k42j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of an {@link Exported} interface as one-way: the stub sends the call and returns
 * at once, without waiting for the server; the server runs it later on one of its threads. There is
 * no reply, so the method returns {@code void} and declares no checked exception (an exception the
 * server throws is reported in the server's address space, never to the caller).
 *
 * <pre>{@code
 * @Async
 * void touch(String key);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Async {}
