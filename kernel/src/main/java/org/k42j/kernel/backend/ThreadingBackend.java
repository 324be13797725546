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
}
