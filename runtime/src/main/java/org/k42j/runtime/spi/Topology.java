package org.k42j.runtime.spi;

/**
 * Maps processor ids to NUMA nodes; used by {@link org.k42j.annotations.Policy#PER_NODE}. The
 * default on plain JVM threads, {@link HostTopology#host()}, reads the host's nodes from Linux
 * sysfs (one node, {@link UniformTopology#single()}, on a host with one or where there is none to
 * read); the k42j kernel installs its machine model.
 */
public interface Topology {
  /** The number of nodes; node ids are {@code 0..nodeCount()-1}. */
  int nodeCount();

  /**
   * The node of a processor id. Must accept any non-negative id: an identity may hand out more
   * processors than the topology was built for, and those map to a node by the topology's rule.
   */
  int nodeOf(int processor);
}
