package org.k42j.runtime.clustering;

/**
 * An existing class with no synchronization at all: correct only if one thread at a time is inside
 * an instance, which an exclusive rep's guard provides.
 */
public class UnsafeCounter {
  private long count;

  public void increment() {
    count++;
  }

  public long count() {
    return count;
  }
}
