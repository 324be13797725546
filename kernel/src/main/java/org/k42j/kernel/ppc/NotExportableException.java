package org.k42j.kernel.ppc;

/**
 * {@link Ppc#export} or {@link Ppc#bind} was given a type the kernel cannot call across address
 * spaces: not an interface, an interface without a generated binding (not annotated
 * {@code @Exported}, or compiled without the k42j processor), or a target that does not implement
 * it.
 */
public final class NotExportableException extends PpcException {
  private static final long serialVersionUID = 1L;

  NotExportableException(String message) {
    super(message);
  }
}
