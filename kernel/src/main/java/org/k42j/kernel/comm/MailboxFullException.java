package org.k42j.kernel.comm;

/**
 * An asynchronous {@link Mailbox#send} found the mailbox full. Async sends never block and never
 * drop a message silently, so the sender decides: retry later (after a yield), use {@link
 * Mailbox#offer} to test without an exception, use {@link Mailbox#call} (which waits for room),
 * give the mailbox a larger capacity, or make the receiver keep up.
 */
public final class MailboxFullException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  MailboxFullException(String mailbox, int capacity) {
    super(
        "mailbox "
            + mailbox
            + " is full ("
            + capacity
            + " messages); the message was not sent: retry after a yield, use offer() to test or"
            + " call() to wait for room, or create the mailbox with a larger capacity");
  }
}
