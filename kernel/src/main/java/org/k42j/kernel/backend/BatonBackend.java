package org.k42j.kernel.backend;

/**
 * The portable threading backend (JDK 17): one platform thread per user-level thread, and one baton
 * per virtual processor that exactly one of the processor's threads holds. Only the holder runs;
 * the others wait parked. A switch hands the baton over (a volatile write and an unpark) and parks
 * the giver: about 5-10 microseconds on a 2-core host, so a 64-processor machine with many threads
 * runs on a few cores, slowly but exactly.
 *
 * <p>It hosts up to {@value #MAX_PROCESSORS} virtual processors by default: a machine of that size
 * starts {@value #MAX_PROCESSORS} scheduler threads at boot (about 1 s to boot and 1 s to shut down
 * on a 2-core host) and, with a user-level thread on every processor, twice as many platform
 * threads in all, a quarter of Linux's default {@code pid_max} (32,768), which bounds every thread
 * of every process of the host. A machine of 65,536 processors would need more threads than that at
 * boot alone.
 */
public final class BatonBackend implements ThreadingBackend {
  @Override
  public Lane open(int processor, String name) {
    return new BatonLane(processor, name);
  }

  /** The most virtual processors this backend hosts unless the kernel's options raise it. */
  public static final int MAX_PROCESSORS = 4096;

  @Override
  public String name() {
    return "baton";
  }

  @Override
  public int maxProcessors() {
    return MAX_PROCESSORS;
  }

  /** The scheduler's thread and a first user-level thread's. */
  @Override
  public int platformThreadsPerProcessor() {
    return 2;
  }

  @Override
  public String toString() {
    return "BatonBackend";
  }
}
