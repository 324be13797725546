/**
 * A read-mostly cache as a clustered object: {@link org.k42j.examples.cache.ReadMostlyCache}, one
 * replica per processor filled on demand, writes applied at the root and invalidated in every
 * replica. Its benchmark against {@code ConcurrentHashMap} is in the benchmarks module ({@code
 * ReadMostlyMapBenchmark}, results in docs/performance.md).
 */
package org.k42j.examples.cache;
