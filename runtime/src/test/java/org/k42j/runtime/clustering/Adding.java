package org.k42j.runtime.clustering;

/** A counter whose per-rep method returns a value: the rep's own count after adding. */
public interface Adding {
  long addAndGet(long delta);

  long total();
}
