package org.k42j.kernel;

import java.time.Duration;
import java.util.Objects;
import org.k42j.kernel.backend.BatonBackend;
import org.k42j.kernel.backend.ContinuationBackend;
import org.k42j.kernel.backend.ThreadingBackend;

/**
 * How a kernel boots: the seed of every lottery (the same seed and the same program replay the same
 * scheduling decisions on each processor), how long {@link Kernel#shutdown} waits for user-level
 * threads before cancelling them, and the threading backend.
 *
 * <pre>{@code
 * Kernel.boot(Machine.uniform(4, 16), KernelOptions.defaults().withSeed(7));
 * }</pre>
 *
 * @param seed the lottery seed
 * @param shutdownGrace how long shutdown waits for threads to finish before cancelling them
 * @param backend how user-level threads run on virtual processors
 */
public record KernelOptions(long seed, Duration shutdownGrace, ThreadingBackend backend) {
  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 0x4B3432L;

  /** Validates the options. */
  public KernelOptions {
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    Objects.requireNonNull(backend, "backend; use new BatonBackend()");
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("shutdownGrace must not be negative: " + shutdownGrace);
    }
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
    return new KernelOptions(DEFAULT_SEED, Duration.ofSeconds(10), defaultBackend());
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
    return new KernelOptions(newSeed, shutdownGrace, backend);
  }

  /** These options with another shutdown grace period. */
  public KernelOptions withShutdownGrace(Duration grace) {
    return new KernelOptions(seed, grace, backend);
  }

  /** These options with another threading backend. */
  public KernelOptions withBackend(ThreadingBackend newBackend) {
    return new KernelOptions(seed, shutdownGrace, newBackend);
  }
}
