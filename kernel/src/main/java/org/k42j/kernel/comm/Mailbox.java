package org.k42j.kernel.comm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.kernel.internal.KernelOnly;
import org.k42j.kernel.internal.PendingWork;

/**
 * A bounded message queue owned by one dispatcher, reached from any processor: K42's messages
 * between processors. Senders on any virtual processor (or plain thread, for {@link #send} and
 * {@link #offer}) enqueue; the owner's user-level threads {@link #receive}.
 *
 * <ul>
 *   <li>{@link #send}: asynchronous; the sender never blocks and gets no reply; a full mailbox
 *       throws {@link MailboxFullException} (the message is not sent, never dropped silently).
 *   <li>{@link #offer}: the same, returning false when full.
 *   <li>{@link #call}: synchronous, from a user-level thread; it waits for room (backpressure) and
 *       then for the receiver's {@link Letter#reply}, parked, so its dispatcher runs other threads.
 * </ul>
 *
 * <p>Each sender's messages are received in the order it sent them, each exactly once. A receiver
 * that finds the mailbox empty parks; the first message after that wakes it (one event posted to
 * its processor), later ones do not: the receiver is woken only when its queue goes from empty to
 * non-empty. At shutdown, messages still queued are reported; once shutdown has begun, plain
 * threads can send no more ({@code KernelClosedException}), so none arrives unreported.
 *
 * <p>Invariants: {@code count} is the number of reserved slots (messages queued, plus sends between
 * reserving and enqueueing) and never exceeds {@code capacity}; a sender reserves before it
 * enqueues and the receiver releases after it dequeues, so the queue never holds more than {@code
 * capacity} messages. No wake-up is lost: a receiver sets {@code receiverWaiting} and then polls
 * again before parking, and a sender enqueues and then reads {@code receiverWaiting} (volatile
 * accesses, so one of them sees the other); a sender waiting for room adds itself to {@code
 * roomWaiters} and then retries, while the receiver releases a slot and then wakes {@code
 * roomWaiters}. {@code waiters} is touched only in the owner's processor context.
 *
 * @param <Q> the message type
 * @param <R> the reply type of synchronous calls
 */
public final class Mailbox<Q, R> implements PendingWork {
  private final Dispatcher owner;
  private final String name;
  private final int capacity;
  private final ConcurrentLinkedQueue<Letter<Q, R>> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger count = new AtomicInteger();
  private final AtomicBoolean receiverWaiting = new AtomicBoolean();
  private final List<UThread> waiters = new ArrayList<>();
  private final ConcurrentLinkedQueue<UThread> roomWaiters = new ConcurrentLinkedQueue<>();
  private final AtomicLong wakeups = new AtomicLong();
  private final AtomicLong received = new AtomicLong();

  private Mailbox(Dispatcher owner, String name, int capacity) {
    this.owner = owner;
    this.name = name;
    this.capacity = capacity;
  }

  /**
   * A mailbox of {@code capacity} messages received by {@code owner}'s threads; registered with the
   * owner so that shutdown reports messages still queued.
   */
  public static <Q, R> Mailbox<Q, R> create(Dispatcher owner, String name, int capacity) {
    Objects.requireNonNull(owner, "owner");
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "mailbox " + name + " needs a capacity of at least 1, not " + capacity);
    }
    Mailbox<Q, R> mailbox = new Mailbox<>(owner, name, capacity);
    owner.addPendingWork(mailbox, KernelOnly.TOKEN);
    return mailbox;
  }

  /**
   * Sends {@code message} asynchronously: it is queued and the call returns; nothing waits for a
   * reply.
   *
   * @throws MailboxFullException when the mailbox holds {@code capacity} messages
   * @throws org.k42j.kernel.dispatch.KernelClosedException from a plain thread once the kernel's
   *     shutdown has begun
   */
  public void send(Q message) {
    if (!offer(message)) {
      throw new MailboxFullException(toString(), capacity);
    }
  }

  /** Sends {@code message} asynchronously if there is room; false (nothing sent) when full. */
  public boolean offer(Q message) {
    owner.checkOpen("send to mailbox " + name);
    if (!reserve()) {
      return false;
    }
    enqueue(new Letter<>(message, null));
    return true;
  }

  /**
   * Sends {@code request} and waits for the reply: the calling user-level thread is parked while
   * the mailbox is full and until the receiver replies; its dispatcher runs other threads
   * meanwhile. Returns the reply, or throws what the receiver passed to {@link Letter#fail}.
   */
  public R call(Q request) {
    UThread caller = UThread.current();
    Letter<Q, R> letter = new Letter<>(request, caller);
    while (!reserve()) {
      roomWaiters.add(caller);
      if (reserve()) {
        roomWaiters.remove(caller);
        break;
      }
      UThread.park();
      roomWaiters.remove(caller);
    }
    enqueue(letter);
    while (!letter.settled()) {
      UThread.park();
    }
    return letter.outcome();
  }

  /**
   * The next message, waiting (parked) while the mailbox is empty. Only user-level threads of the
   * owning dispatcher receive.
   */
  public Letter<Q, R> receive() {
    UThread self = UThread.current();
    if (self.dispatcher() != owner) {
      throw new NotMailboxOwnerException(toString(), owner.toString());
    }
    while (true) {
      Letter<Q, R> letter = take();
      if (letter != null) {
        return letter;
      }
      waiters.add(self);
      receiverWaiting.set(true);
      letter = take();
      if (letter != null) {
        waiters.remove(self);
        if (waiters.isEmpty()) {
          receiverWaiting.set(false);
        }
        return letter;
      }
      UThread.park();
      waiters.remove(self);
    }
  }

  /** The next message, or null when the mailbox is empty; never waits. Owner's threads only. */
  public Letter<Q, R> poll() {
    UThread self = UThread.current();
    if (self.dispatcher() != owner) {
      throw new NotMailboxOwnerException(toString(), owner.toString());
    }
    return take();
  }

  /**
   * The next message, or null when the mailbox is empty; never waits. In the owner's processor
   * context outside its threads (a task posted with {@link Dispatcher#post}), for an owner whose
   * receiving thread has ended and must leave nothing queued.
   */
  public Letter<Q, R> pollInOwnerContext() {
    if (!owner.isCurrentProcessor()) {
      throw new NotMailboxOwnerException(toString(), owner.toString());
    }
    return take();
  }

  private boolean reserve() {
    int reserved;
    do {
      reserved = count.get();
      if (reserved >= capacity) {
        return false;
      }
    } while (!count.compareAndSet(reserved, reserved + 1));
    return true;
  }

  private void enqueue(Letter<Q, R> letter) {
    queue.add(letter);
    if (receiverWaiting.get() && receiverWaiting.compareAndSet(true, false)) {
      wakeReceivers();
    }
  }

  private void wakeReceivers() {
    Runnable wake =
        () -> {
          if (!waiters.isEmpty()) {
            wakeups.incrementAndGet();
            for (UThread waiter : List.copyOf(waiters)) {
              waiter.unpark();
            }
          }
        };
    if (owner.isCurrentProcessor()) {
      wake.run();
    } else {
      owner.post(wake);
    }
  }

  private Letter<Q, R> take() {
    Letter<Q, R> letter = queue.poll();
    if (letter != null) {
      count.decrementAndGet();
      received.incrementAndGet();
      UThread waiting;
      while ((waiting = roomWaiters.poll()) != null) {
        waiting.unpark();
      }
    }
    return letter;
  }

  /** The number of messages queued (and being queued). */
  public int size() {
    return count.get();
  }

  /** The most messages the mailbox holds. */
  public int capacity() {
    return capacity;
  }

  /** The dispatcher whose threads receive. */
  public Dispatcher owner() {
    return owner;
  }

  /** How many times a waiting receiver was woken: once per empty-to-non-empty transition. */
  public long wakeups() {
    return wakeups.get();
  }

  /** How many messages were received. */
  public long received() {
    return received.get();
  }

  @Override
  public String describePending() {
    int queued = queue.size();
    return queued == 0 ? null : "mailbox " + this + ": " + queued + " undelivered message(s)";
  }

  @Override
  public String toString() {
    return name + "@vp" + owner.processor();
  }
}
