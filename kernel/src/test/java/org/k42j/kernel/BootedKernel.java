package org.k42j.kernel;

import org.junit.jupiter.api.AfterEach;
import org.k42j.kernel.machine.Machine;

/**
 * Base of kernel tests: {@link #boot} a machine, and the kernel is shut down after each test (a
 * test that shuts it down itself sets {@link #kernel} to null).
 */
public abstract class BootedKernel {
  /** The kernel the test booted, or null. */
  protected Kernel kernel;

  /** Boots {@code machine} with the default options. */
  protected Kernel boot(Machine machine) {
    kernel = Kernel.boot(machine);
    return kernel;
  }

  /** Boots {@code machine} with {@code options}. */
  protected Kernel boot(Machine machine, KernelOptions options) {
    kernel = Kernel.boot(machine, options);
    return kernel;
  }

  @AfterEach
  protected void shutDownKernel() {
    if (kernel != null) {
      Kernel booted = kernel;
      kernel = null;
      booted.shutdown();
    }
  }
}
