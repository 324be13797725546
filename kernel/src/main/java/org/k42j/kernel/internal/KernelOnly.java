package org.k42j.kernel.internal;

/**
 * A value only the kernel's own packages can name: the module does not export this package, so a
 * public constructor or method that takes a {@code KernelOnly} can be called across the kernel's
 * packages (the kernel making its scheduler and PPC facility, a mailbox registering its queue with
 * its dispatcher) but not by code outside the module. On the class path, where modules do not
 * apply, the parameter still says whose call it is.
 */
public final class KernelOnly {
  /** The one value. */
  public static final KernelOnly TOKEN = new KernelOnly();

  private KernelOnly() {}
}
