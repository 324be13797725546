package org.k42j.kernel.ppc;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.k42j.kernel.comm.Letter;
import org.k42j.kernel.comm.Mailbox;
import org.k42j.kernel.dispatch.AddressSpaceExitedException;
import org.k42j.kernel.dispatch.KernelClosedException;
import org.k42j.kernel.dispatch.ThreadCancelledException;

/**
 * Where calls sent by message to one processor arrive for one server (the seed's "clients can call
 * its methods via messages"): a {@link Mailbox} owned by the server's dispatcher on that processor,
 * and a receiving server thread there that hands each call to the server's pool on its processor (a
 * server thread runs it, under the same admission bound as the calls made there). The reply travels
 * back as the settling of the call, which wakes the caller on its own processor.
 *
 * <p>Invariants: {@code waiting} holds the synchronous calls sent and not yet settled; a sender
 * adds its call before it reads the server's exit reason, and {@link #close} runs after the reason
 * is written and settles every call in {@code waiting}, so no caller waits for an exited server.
 * The receiver ends once it sees the exit reason, after failing every call still in the mailbox;
 * {@link #close} sends it a wake-up so that it sees the reason even when no call comes. A letter
 * can arrive after the receiver's last look (the wake-up itself, or a call sent as the server
 * exits, or every letter when the exit cancelled the receiver before it ever ran), and would stay
 * in the mailbox, reported as undelivered at shutdown: once the receiver has finished, {@code
 * ended} is set and then the mailbox drained in its owner's context, and whoever sends after the
 * exit reads {@code ended} after its letter is in the mailbox and, when it is set, has the mailbox
 * drained there too (volatile accesses: either the drain sees the letter or the sender sees {@code
 * ended}).
 */
final class MessagePort implements Runnable {
  /** The wake-up {@link #close} sends the receiver; not a call. */
  private static final PpcCall WAKE_UP = new PpcCall(null, -1, null, null);

  private final ServerSpace server;
  private final ServerPool pool;
  private final Mailbox<PpcCall, Void> mailbox;
  private final Set<PpcCall> waiting = ConcurrentHashMap.newKeySet();
  private volatile boolean ended;

  private MessagePort(ServerSpace server, ServerPool pool, int capacity) {
    this.server = server;
    this.pool = pool;
    this.mailbox =
        Mailbox.create(pool.dispatcher(), "ppc-messages-" + server.space().name(), capacity);
  }

  /** A port for {@code server}'s pool {@code pool}, with its receiving thread started. */
  static MessagePort open(ServerSpace server, ServerPool pool, Export export) {
    PoolLimits limits = server.limits();
    MessagePort port =
        new MessagePort(
            server,
            pool,
            Math.max(1, limits.threadsPerProcessor() + limits.queuedCallsPerProcessor()));
    try {
      pool.dispatcher().spawn("ppc-receiver", port).whenDone(port::receiverEnded);
    } catch (AddressSpaceExitedException exited) {
      throw new ServerExitedException(export.handle, "its address space " + server + " exited");
    }
    return port;
  }

  /**
   * On the caller's thread: sends {@code call}; throws {@link PpcPoolExhaustedException} when the
   * mailbox is full (nothing was sent).
   */
  void send(PpcCall call) {
    if (call.caller != null) {
      waiting.add(call);
    }
    if (!mailbox.offer(call)) {
      waiting.remove(call);
      throw new PpcPoolExhaustedException(
          "the message port of " + server + " on vp" + pool.dispatcher().processor(),
          server.limits(),
          call.async());
    }
    String exit = server.exitReason();
    if (exit != null) {
      exited(call, exit);
      drainIfEnded(exit);
    }
  }

  /** On the caller's thread, once its call settled. */
  void forget(PpcCall call) {
    waiting.remove(call);
  }

  /** The receiving server thread: hands every call that arrives to the pool. */
  @Override
  public void run() {
    try {
      while (true) {
        Letter<PpcCall, Void> letter = mailbox.receive();
        String exit = server.exitReason();
        if (exit != null) {
          exited(letter.body(), exit);
          drain(exit);
          return;
        }
        PpcCall call = letter.body();
        if (call == WAKE_UP) {
          continue;
        }
        try {
          pool.dispatch(call);
        } catch (PpcException refused) {
          pool.refuse(call, refused);
        }
      }
    } catch (ThreadCancelledException cancelled) {
      String exit = server.exitReason();
      drain(exit != null ? exit : "the kernel is shutting down");
      throw cancelled;
    }
  }

  /** On the receiver: fails every call still in the mailbox. */
  private void drain(String reason) {
    Letter<PpcCall, Void> letter;
    while ((letter = mailbox.poll()) != null) {
      exited(letter.body(), reason);
    }
  }

  /**
   * Once the receiver has finished, whether its body ran or not (cancelled by the exit before it
   * ever ran, it never looked at the mailbox): fails every call left in the mailbox.
   */
  private void receiverEnded() {
    ended = true;
    String exit = server.exitReason();
    drainInOwnerContext(exit != null ? exit : "the kernel is shutting down");
  }

  /**
   * After a letter was put in the mailbox once the server exited: if the receiver has ended, fails
   * every call left in the mailbox, in its owner's context (no letter stays undelivered).
   */
  private void drainIfEnded(String reason) {
    if (ended) {
      drainInOwnerContext(reason);
    }
  }

  private void drainInOwnerContext(String reason) {
    Runnable drain =
        () -> {
          Letter<PpcCall, Void> letter;
          while ((letter = mailbox.pollInOwnerContext()) != null) {
            exited(letter.body(), reason);
          }
        };
    if (pool.dispatcher().isCurrentProcessor()) {
      drain.run();
      return;
    }
    try {
      pool.dispatcher().post(drain);
    } catch (KernelClosedException shuttingDown) {
      // a plain thread after shutdown began: the kernel is stopping, no letter is sent any more
    }
  }

  /** Fails every call sent and not settled, and wakes the receiver to end. Any thread. */
  void close(String reason) {
    for (PpcCall call : waiting) {
      exited(call, reason);
    }
    try {
      mailbox.offer(WAKE_UP); // when full, the receiver sees the reason at its next call
      drainIfEnded(reason);
    } catch (KernelClosedException shuttingDown) {
      // a plain thread after shutdown began: the shutdown cancels the receiver, which then drains
    }
  }

  private void exited(PpcCall call, String reason) {
    if (call == WAKE_UP || !call.claim()) {
      return;
    }
    call.exitedBecause = reason;
    call.publish();
    if (call.caller != null) {
      call.caller.unpark();
    } else {
      server.ppc().counters().asyncDropped();
    }
  }
}
