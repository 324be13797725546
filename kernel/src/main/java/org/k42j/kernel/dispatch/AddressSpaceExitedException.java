package org.k42j.kernel.dispatch;

/**
 * Work was asked of an address space that has exited ({@link AddressSpace#exit}): it gets no new
 * dispatchers or threads. Create a new address space for new work.
 */
public final class AddressSpaceExitedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  AddressSpaceExitedException(AddressSpace space, String what) {
    super(
        what
            + " in "
            + space
            + ", which has exited; an exited process runs nothing more, create a new address"
            + " space for new work");
  }
}
