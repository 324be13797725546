package org.k42j.benchmarks;

import org.k42j.annotations.ClusteredObject;
import org.k42j.examples.counter.Counter;

/**
 * A clustered counter with a single thread-safe rep ({@code Policy.SINGLE}): every processor's
 * entry is the same rep, an atomic word. It is what clustering costs when nothing is partitioned:
 * an {@code AtomicLong} reached through a dispatcher.
 */
@ClusteredObject
public interface SingleRepCounter extends Counter {}
