package org.k42j.benchmarks;

import org.k42j.annotations.ClusteredObject;
import org.k42j.examples.counter.Counter;

/**
 * A clustered counter with a single exclusive rep ({@code Policy.SINGLE}): K42's shared counter,
 * one rep behind a lock, where the lock is the runtime's guard and the rep is a plain {@code long}.
 */
@ClusteredObject
public interface SingleRepExclusiveCounter extends Counter {}
