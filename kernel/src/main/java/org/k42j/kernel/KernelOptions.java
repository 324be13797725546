package org.k42j.kernel;

import java.time.Duration;
import java.util.Objects;
import org.k42j.kernel.backend.BatonBackend;
import org.k42j.kernel.backend.ContinuationBackend;
import org.k42j.kernel.backend.ThreadingBackend;

/**
 * How a kernel boots: the seed of every lottery (the same seed and the same program replay the same
 * scheduling decisions on each processor), how long {@link Kernel#shutdown} waits for user-level
 * threads before cancelling them, the threading backend, and the most virtual processors it may
 * host.
 *
 * <pre>{@code
 * Kernel.boot(Machine.uniform(4, 16), KernelOptions.defaults().withSeed(7));
 * }</pre>
 *
 * @param seed the lottery seed
 * @param shutdownGrace how long shutdown waits for threads to finish before cancelling them
 * @param backend how user-level threads run on virtual processors
 * @param processorLimit the most virtual processors a boot accepts, or 0 for the backend's
 *     documented maximum ({@link ThreadingBackend#maxProcessors()}); see {@link #maxProcessors()}
 */
public record KernelOptions(
    long seed, Duration shutdownGrace, ThreadingBackend backend, int processorLimit) {
  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 0x4B3432L;

  /** Validates the options. */
  public KernelOptions {
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    Objects.requireNonNull(backend, "backend; use new BatonBackend()");
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("shutdownGrace must not be negative: " + shutdownGrace);
    }
    if (processorLimit < 0) {
      throw new IllegalArgumentException(
          "processorLimit must be positive, or 0 for the backend's maximum, not " + processorLimit);
    }
  }

  /** Options with the backend's own processor limit. */
  public KernelOptions(long seed, Duration shutdownGrace, ThreadingBackend backend) {
    this(seed, shutdownGrace, backend, 0);
  }

  /**
   * The system property that sets the most virtual processors a boot accepts when the options do
   * not ({@link #defaults()}); unset, each backend's documented maximum applies.
   */
  public static final String MAX_PROCESSORS_PROPERTY = "k42j.kernel.maxProcessors";

  /**
   * The most virtual processors a boot accepts: {@link #processorLimit} when set, else the
   * backend's documented maximum. A larger machine is refused with {@link
   * MachineTooLargeException}, as is one whose threads the host has no room for, whatever this
   * limit.
   */
  public int maxProcessors() {
    return processorLimit > 0 ? processorLimit : backend.maxProcessors();
  }

  /**
   * The system property that picks the default backend: {@code baton} (default) or {@code
   * continuation}.
   */
  public static final String BACKEND_PROPERTY = "k42j.kernel.backend";

  /**
   * Seed {@value #DEFAULT_SEED}, 10 s grace, and the backend the system property {@value
   * #BACKEND_PROPERTY} names: {@code baton} (the default) or {@code continuation} ({@link
   * ContinuationBackend}, JDK 21+).
   */
  public static KernelOptions defaults() {
    return new KernelOptions(
        DEFAULT_SEED, Duration.ofSeconds(10), defaultBackend(), defaultProcessorLimit());
  }

  private static int defaultProcessorLimit() {
    String value = System.getProperty(MAX_PROCESSORS_PROPERTY);
    if (value == null) {
      return 0;
    }
    try {
      int limit = Integer.parseInt(value.strip());
      if (limit > 0) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        "-D"
            + MAX_PROCESSORS_PROPERTY
            + "="
            + value
            + " is not a positive number of processors; give one, such as 8192, or leave it unset"
            + " for the backend's maximum");
  }

  private static ThreadingBackend defaultBackend() {
    String name = System.getProperty(BACKEND_PROPERTY, "baton");
    switch (name) {
      case "baton":
        return new BatonBackend();
      case "continuation":
        return new ContinuationBackend();
      default:
        throw new IllegalArgumentException(
            "-D" + BACKEND_PROPERTY + "=" + name + " names no backend; use baton or continuation");
    }
  }

  /** These options with another lottery seed. */
  public KernelOptions withSeed(long newSeed) {
    return new KernelOptions(newSeed, shutdownGrace, backend, processorLimit);
  }

  /** These options with another shutdown grace period. */
  public KernelOptions withShutdownGrace(Duration grace) {
    return new KernelOptions(seed, grace, backend, processorLimit);
  }

  /** These options with another threading backend. */
  public KernelOptions withBackend(ThreadingBackend newBackend) {
    return new KernelOptions(seed, shutdownGrace, newBackend, processorLimit);
  }

  /**
   * These options with another limit on virtual processors ({@link #maxProcessors()}): raise the
   * backend's maximum on a host with room for the threads, or lower it.
   */
  public KernelOptions withMaxProcessors(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException(
          "a kernel hosts at least one processor; give a limit of 1 or more, not " + limit);
    }
    return new KernelOptions(seed, shutdownGrace, backend, limit);
  }
}
