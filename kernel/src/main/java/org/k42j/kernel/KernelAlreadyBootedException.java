package org.k42j.kernel;

/**
 * {@link Kernel#boot} while a kernel is already booted in this JVM. The processor identity the
 * kernel installs is global, so only one kernel runs at a time: shut the booted one down first, or
 * use {@link Kernel#current()}.
 */
public final class KernelAlreadyBootedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  KernelAlreadyBootedException(Kernel booted) {
    super(
        "a kernel is already booted ("
            + booted
            + "); shut it down first (kernel.shutdown()) or use Kernel.current()");
  }
}
