/**
 * A counter, before and after clustering: {@link org.k42j.examples.counter.SharedCounter} (one
 * {@code AtomicLong} every thread updates) and the partitioned counter, a clustered object with one
 * rep per processor, in two variants: {@link org.k42j.examples.counter.PartitionedCounter}
 * (exclusive rep, a plain {@code long}) and {@link
 * org.k42j.examples.counter.ThreadSafePartitionedCounter} (thread-safe rep, an atomic word). All
 * three implement {@link org.k42j.examples.counter.Counter}.
 */
package org.k42j.examples.counter;
