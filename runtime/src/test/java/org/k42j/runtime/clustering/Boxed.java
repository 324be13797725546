package org.k42j.runtime.clustering;

/** A contract whose gathers return boxes, which a rep or combiner may return null for. */
public interface Boxed {
  Long readings();

  int size();
}
