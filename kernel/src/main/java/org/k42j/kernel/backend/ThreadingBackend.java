package org.k42j.kernel.backend;

/**
 * How the kernel runs user-level threads on a virtual processor: the one thing a faster
 * implementation on a newer JDK replaces. The kernel opens one {@link Lane} per virtual processor;
 * the lane runs the processor's scheduler loop and switches between it and the processor's
 * user-level threads, one at a time.
 *
 * <p>The portable default is {@link BatonBackend} (JDK 17): every user-level thread has a platform
 * thread of its own, and a per-processor baton lets exactly one of them (or the scheduler) run. A
 * switch is a park/unpark hand-off, several microseconds. {@link ContinuationBackend} (JDK 21+,
 * opt-in) runs every user-level thread of a virtual processor as a continuation on the processor's
 * single {@code VpThread}: the same {@link Lane} contract, several times faster switches, one
 * platform thread per processor.
 */
public interface ThreadingBackend {
  /**
   * Opens the lane of virtual processor {@code processor}; {@code name} prefixes its threads'
   * names. The lane runs nothing until {@link Lane#start}.
   */
  Lane open(int processor, String name);

  /** A short name for reports, for example {@code "baton"}. */
  String name();

  /**
   * The most virtual processors this backend hosts unless the kernel's options raise the limit
   * ({@code KernelOptions.withMaxProcessors}); each backend documents what a machine of that size
   * costs. {@code Kernel.boot} refuses a larger machine up front ({@code MachineTooLargeException})
   * instead of starting threads until the host refuses one.
   */
  int maxProcessors();

  /**
   * The platform threads a virtual processor needs at the least: its scheduler's, and, when every
   * user-level thread is a platform thread of its own, one for a first user-level thread. The
   * kernel refuses a machine whose processors need more threads than the host has room for.
   */
  int platformThreadsPerProcessor();
}
