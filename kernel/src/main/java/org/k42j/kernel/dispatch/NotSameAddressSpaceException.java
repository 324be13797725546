package org.k42j.kernel.dispatch;

/**
 * A soft interrupt was raised on a dispatcher of another address space. Soft interrupts connect the
 * dispatchers of one process; to reach another process send it a message (a {@code Mailbox}).
 */
public final class NotSameAddressSpaceException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  NotSameAddressSpaceException(String from, String to) {
    super(
        "a soft interrupt from address space "
            + from
            + " to a dispatcher of "
            + to
            + "; soft interrupts go only to dispatchers of the raiser's own address space, send a"
            + " message (Mailbox) to reach another");
  }
}
