package org.k42j.kernel.comm;

import java.util.concurrent.atomic.AtomicInteger;
import org.k42j.kernel.dispatch.UThread;

/**
 * One message in a {@link Mailbox}: its body and, for a synchronous {@link Mailbox#call}, the slot
 * for exactly one reply.
 *
 * <p>Invariants: {@code outcome} moves PENDING, SETTLING (claimed by one compare-and-set, so only
 * one reply or failure is ever written), then REPLIED or FAILED; {@code reply} and {@code failure}
 * are written between the two moves and read by the caller only after it saw the second (the
 * volatile write and read of {@code outcome} order them).
 *
 * @param <Q> the body type
 * @param <R> the reply type
 */
public final class Letter<Q, R> {
  private static final int PENDING = 0;
  private static final int SETTLING = 1;
  private static final int REPLIED = 2;
  private static final int FAILED = 3;

  private final Q body;
  private final UThread caller; // null for an asynchronous message
  private final AtomicInteger outcome = new AtomicInteger(PENDING);
  private R reply;
  private RuntimeException failure;

  Letter(Q body, UThread caller) {
    this.body = body;
    this.caller = caller;
  }

  /** The message. */
  public Q body() {
    return body;
  }

  /** True for a synchronous call, whose sender waits for {@link #reply} or {@link #fail}. */
  public boolean expectsReply() {
    return caller != null;
  }

  /** Answers the call; its sender resumes with {@code value}. */
  public void reply(R value) {
    settle(REPLIED, value, null);
  }

  /** Fails the call; its sender resumes by throwing {@code error}. */
  public void fail(RuntimeException error) {
    settle(FAILED, null, error);
  }

  private void settle(int to, R value, RuntimeException error) {
    if (caller == null) {
      throw new ReplyException(
          "the message "
              + body
              + " was sent asynchronously and no one waits for a reply; send"
              + " it with Mailbox.call to get one");
    }
    if (!outcome.compareAndSet(PENDING, SETTLING)) {
      throw new ReplyException(
          "the call "
              + body
              + " was already answered; each call gets exactly one reply or"
              + " failure");
    }
    reply = value;
    failure = error;
    outcome.set(to);
    caller.unpark();
  }

  boolean settled() {
    return outcome.get() >= REPLIED;
  }

  R outcome() {
    if (outcome.get() == FAILED) {
      throw failure;
    }
    return reply;
  }

  @Override
  public String toString() {
    return "Letter[" + body + (caller == null ? ", async]" : ", call]");
  }
}
