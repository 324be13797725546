package org.k42j.kernel;

import java.util.OptionalLong;
import org.k42j.kernel.backend.ContinuationBackend;
import org.k42j.kernel.backend.ThreadingBackend;
import org.k42j.kernel.machine.Machine;

/**
 * Decides, before anything starts, whether a machine fits its backend and its host: at most the
 * options' {@link KernelOptions#maxProcessors()} virtual processors (the backend's documented
 * maximum unless raised), and no more platform threads at boot than the host has room for ({@link
 * HostThreads}), with {@value #JVM_RESERVE} threads left for the JVM and the kernel's helpers.
 */
final class BootCapacity {
  /** Threads left to the JVM's own threads and the kernel's blocking-call helpers. */
  static final int JVM_RESERVE = 256;

  private BootCapacity() {}

  /** Refuses {@code machine} with {@link MachineTooLargeException} when it does not fit. */
  static void check(Machine machine, KernelOptions options, HostThreads host) {
    ThreadingBackend backend = options.backend();
    int processors = machine.processorCount();
    int max = options.maxProcessors();
    if (processors > max) {
      throw new MachineTooLargeException(
          machine,
          max,
          machine
              + " has "
              + processors
              + " processors, but the "
              + backend.name()
              + " backend hosts at most "
              + max
              + (max == backend.maxProcessors()
                  ? " (its documented maximum: every processor needs "
                      + backend.platformThreadsPerProcessor()
                      + " platform thread(s))"
                  : " (KernelOptions.maxProcessors)")
              + "; boot a smaller machine"
              + (backend.name().equals("baton")
                  ? ", use the continuation backend (one thread per processor, up to "
                      + ContinuationBackend.MAX_PROCESSORS
                      + ")"
                  : "")
              + ", or raise the limit with KernelOptions.withMaxProcessors(n) or -D"
              + KernelOptions.MAX_PROCESSORS_PROPERTY
              + "=n where the host has room for the threads ("
              + host.describe()
              + ")");
    }
    OptionalLong room = host.room();
    long needed = (long) processors * backend.platformThreadsPerProcessor() + JVM_RESERVE;
    if (room.isPresent() && needed > room.getAsLong()) {
      int fits =
          (int)
              Math.max(0, (room.getAsLong() - JVM_RESERVE) / backend.platformThreadsPerProcessor());
      throw new MachineTooLargeException(
          machine,
          fits,
          machine
              + " has "
              + processors
              + " processors, which need "
              + needed
              + " platform threads on the "
              + backend.name()
              + " backend ("
              + backend.platformThreadsPerProcessor()
              + " per processor and "
              + JVM_RESERVE
              + " for the JVM), but "
              + host.describe()
              + "; boot at most "
              + fits
              + " processors, or raise the host's limit");
    }
  }
}
