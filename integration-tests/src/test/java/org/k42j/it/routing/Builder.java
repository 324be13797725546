package org.k42j.it.routing;

/**
 * A generic fluent interface, as libraries declare them: {@code add} returns the type argument.
 *
 * @param <B> the builder type itself
 */
public interface Builder<B> {
  B add(long delta);
}
