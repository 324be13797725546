package org.k42j.kernel.comm;

/**
 * A reply that cannot be given: to an asynchronous message (its sender waits for nothing; use
 * {@link Mailbox#call} when a reply is wanted), or a second reply to the same call (each call gets
 * exactly one reply or failure).
 */
public final class ReplyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  ReplyException(String message) {
    super(message);
  }
}
