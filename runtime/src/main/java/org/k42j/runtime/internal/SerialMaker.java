package org.k42j.runtime.internal;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * Makes a new clustered object of a serializable contract when its serial form is read back: the
 * generated dispatcher passes a reference to its own no-argument constructor, which serializes as a
 * lambda of the dispatcher's class (so a package-private contract needs no reflection).
 *
 * @param <T> the contract
 */
@FunctionalInterface
public interface SerialMaker<T> extends Supplier<T>, Serializable {}
