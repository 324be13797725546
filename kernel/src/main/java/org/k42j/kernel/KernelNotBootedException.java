package org.k42j.kernel;

/**
 * {@link Kernel#current()}, or an operation on a kernel that has shut down, with no kernel booted.
 * Boot one with {@link Kernel#boot}.
 */
public final class KernelNotBootedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  KernelNotBootedException(String what) {
    super(what + ": no k42j kernel is booted; boot one with Kernel.boot(machine)");
  }
}
