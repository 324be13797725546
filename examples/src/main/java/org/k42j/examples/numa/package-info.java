/**
 * A workload on a modeled NUMA machine booted by the k42j kernel: {@link
 * org.k42j.examples.numa.NumaExample} runs user-level threads on every virtual processor over a
 * per-processor counter and a per-node statistics object ({@link
 * org.k42j.examples.numa.NodeStats}), and prints what each node saw.
 */
package org.k42j.examples.numa;
