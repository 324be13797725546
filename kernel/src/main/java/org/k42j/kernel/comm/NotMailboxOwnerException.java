package org.k42j.kernel.comm;

/**
 * A thread that is not a user-level thread of the mailbox's owning dispatcher tried to receive from
 * it. A mailbox's queue is drained on its owner's processor; receive there (spawn a thread with
 * {@code owner.spawn}) and pass results on by message.
 */
public final class NotMailboxOwnerException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  NotMailboxOwnerException(String mailbox, String owner) {
    super(
        "receive from mailbox "
            + mailbox
            + " by thread \""
            + Thread.currentThread().getName()
            + "\"; only user-level threads of its owner "
            + owner
            + " receive from it: spawn the receiver with owner.spawn(...)");
  }
}
