package org.k42j.kernel.backend;

/**
 * The portable threading backend (JDK 17): one platform thread per user-level thread, and one baton
 * per virtual processor that exactly one of the processor's threads holds. Only the holder runs;
 * the others wait parked. A switch hands the baton over (a volatile write and an unpark) and parks
 * the giver: about 5-10 microseconds on a 2-core host, so a 64-processor machine with many threads
 * runs on a few cores, slowly but exactly.
 */
public final class BatonBackend implements ThreadingBackend {
  @Override
  public Lane open(int processor, String name) {
    return new BatonLane(processor, name);
  }

  @Override
  public String name() {
    return "baton";
  }

  @Override
  public String toString() {
    return "BatonBackend";
  }
}
