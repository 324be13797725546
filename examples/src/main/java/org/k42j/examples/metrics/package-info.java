/**
 * A metrics registry (counters and latency histograms by name) in three forms side by side: the
 * locked original {@link org.k42j.examples.metrics.LockedMetrics}, the same class clustered at run
 * time ({@link org.k42j.examples.metrics.RuntimeClusteredMetrics}), and the port to the annotations
 * ({@link org.k42j.examples.metrics.ClusteredMetrics}). The guide is docs/porting.md.
 */
package org.k42j.examples.metrics;
