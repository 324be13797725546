package org.k42j.examples.numa;

/**
 * What one node's {@link NodeStats} rep counted.
 *
 * @param node the NUMA node
 * @param requests requests made by threads on the node's processors
 * @param local requests whose data was on the node itself
 * @param remote requests whose data was on another node
 * @param distance the sum of the SLIT distances of every request (10 per local one)
 */
public record NodeRow(int node, long requests, long local, long remote, long distance) {
  /** The mean SLIT distance of a request; 10 when every request was local. */
  public double meanDistance() {
    return requests == 0 ? 0 : distance / (double) requests;
  }
}
