package org.k42j.kernel.comm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.KernelShutdownException;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.KernelClosedException;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.kernel.machine.Machine;

@Timeout(60)
class MailboxTest extends BootedKernel {
  /** A message: who sent it and its number in that sender's sequence. */
  record Numbered(int sender, int sequence) {}

  /**
   * Seven senders on processors 1..7 send 20,000 numbered messages each through a mailbox of 64 (so
   * it is often full and they retry after a yield); the receiver on processor 0 sees every sender's
   * numbers exactly once and in order.
   */
  @Test
  void everySendersMessagesArriveExactlyOnceAndInOrder() throws Exception {
    boot(Machine.uniform(2, 4));
    AddressSpace app = kernel.createAddressSpace("app");
    Dispatcher receiver = app.createDispatcher(0);
    Mailbox<Numbered, Void> mailbox = Mailbox.create(receiver, "numbers", 64);
    int senders = 7;
    int perSender = 20_000;
    AtomicLong full = new AtomicLong();
    List<String> errors = new ArrayList<>();
    UThread consumer =
        receiver.spawn(
            "consumer",
            () -> {
              int[] next = new int[senders];
              for (int i = 0; i < senders * perSender; i++) {
                Numbered message = mailbox.receive().body();
                if (message.sequence() != next[message.sender()]) {
                  errors.add(message + " expected " + next[message.sender()]);
                }
                next[message.sender()] = message.sequence() + 1;
              }
            });
    List<UThread> producers = new ArrayList<>();
    for (int s = 0; s < senders; s++) {
      int sender = s;
      producers.add(
          app.createDispatcher(1 + s)
              .spawn(
                  "producer" + s,
                  () -> {
                    for (int n = 0; n < perSender; n++) {
                      Numbered message = new Numbered(sender, n);
                      while (!mailbox.offer(message)) {
                        full.incrementAndGet();
                        UThread.yieldNow();
                      }
                    }
                  }));
    }
    for (UThread producer : producers) {
      producer.join();
    }
    consumer.join();
    assertEquals(List.of(), errors);
    assertEquals((long) senders * perSender, mailbox.received());
    assertEquals(0, mailbox.size());
  }

  @Test
  void aFullMailboxRefusesAnAsyncSendByNameAndDropsNothing() throws Exception {
    boot(Machine.uniform(1, 1));
    Dispatcher dispatcher = kernel.createAddressSpace("app").createDispatcher(0);
    Mailbox<Integer, Void> mailbox = Mailbox.create(dispatcher, "small", 3);
    mailbox.send(1);
    mailbox.send(2);
    mailbox.send(3); // from a plain thread: async sends work from anywhere
    MailboxFullException full = assertThrows(MailboxFullException.class, () -> mailbox.send(4));
    assertTrue(full.getMessage().contains("small"), full.getMessage());
    assertFalse(mailbox.offer(5));
    List<Integer> received = new ArrayList<>();
    dispatcher
        .spawn(
            "drain",
            () -> {
              for (int i = 0; i < 3; i++) {
                received.add(mailbox.receive().body());
              }
            })
        .join();
    assertEquals(List.of(1, 2, 3), received);
    assertTrue(mailbox.offer(6));
    dispatcher.spawn("drain-again", () -> received.add(mailbox.receive().body())).join();
    assertEquals(List.of(1, 2, 3, 6), received);
  }

  /**
   * The receiver (higher priority) finds the mailbox empty and parks; a sender on the same
   * processor then sends a burst of 1,000 before yielding. Only the first message, which made the
   * queue non-empty, wakes the receiver.
   */
  @Test
  void aWaitingReceiverIsWokenOnlyWhenItsQueueGoesFromEmptyToNonEmpty() throws Exception {
    boot(Machine.uniform(1, 1));
    Dispatcher dispatcher = kernel.createAddressSpace("app").createDispatcher(0);
    Mailbox<Integer, Void> mailbox = Mailbox.create(dispatcher, "burst", 1000);
    long[] sum = {0};
    UThread starter =
        dispatcher.spawn(
            "starter",
            10,
            1,
            () -> {
              dispatcher.spawn(
                  "receiver",
                  5,
                  1,
                  () -> {
                    for (int i = 0; i < 1000; i++) {
                      sum[0] += mailbox.receive().body();
                    }
                  });
              dispatcher.spawn(
                  "sender",
                  0,
                  1,
                  () -> {
                    for (int i = 1; i <= 1000; i++) {
                      mailbox.send(i);
                    }
                  });
            });
    starter.join();
    while (mailbox.received() < 1000) {
      Thread.sleep(1);
    }
    assertEquals(500_500, sum[0]);
    assertEquals(1, mailbox.wakeups());
  }

  /**
   * Six callers on processors 1..6 make 2,000 synchronous calls each through a mailbox of 2 (so
   * they wait for room); every call gets its own answer, exactly once.
   */
  @Test
  void synchronousCallsWaitForRoomAndGetExactlyTheirOwnReply() throws Exception {
    boot(Machine.uniform(1, 7));
    AddressSpace app = kernel.createAddressSpace("app");
    Dispatcher server = app.createDispatcher(0);
    Mailbox<Long, Long> mailbox = Mailbox.create(server, "square", 2);
    int callers = 6;
    int calls = 2_000;
    UThread serving =
        server.spawn(
            "server",
            () -> {
              for (int i = 0; i < callers * calls; i++) {
                Letter<Long, Long> letter = mailbox.receive();
                letter.reply(letter.body() * letter.body());
              }
            });
    AtomicLong wrong = new AtomicLong();
    List<UThread> threads = new ArrayList<>();
    for (int c = 0; c < callers; c++) {
      long base = 1_000_000L * (c + 1);
      threads.add(
          app.createDispatcher(1 + c)
              .spawn(
                  "caller" + c,
                  () -> {
                    for (long n = base; n < base + calls; n++) {
                      if (mailbox.call(n) != n * n) {
                        wrong.incrementAndGet();
                      }
                    }
                  }));
    }
    for (UThread thread : threads) {
      thread.join();
    }
    serving.join();
    assertEquals(0, wrong.get());
    assertEquals((long) callers * calls, mailbox.received());
  }

  @Test
  void aFailedCallThrowsInTheCallerAndRepliesAreGivenOnce() throws Exception {
    boot(Machine.uniform(1, 2));
    AddressSpace app = kernel.createAddressSpace("app");
    Dispatcher server = app.createDispatcher(0);
    Mailbox<String, String> mailbox = Mailbox.create(server, "strict", 4);
    List<RuntimeException> refusals = new ArrayList<>();
    UThread serving =
        server.spawn(
            "server",
            () -> {
              Letter<String, String> call = mailbox.receive();
              call.fail(new IllegalArgumentException("no " + call.body()));
              refusals.add(assertThrows(ReplyException.class, () -> call.reply("late")));
              Letter<String, String> async = mailbox.receive();
              assertFalse(async.expectsReply());
              refusals.add(assertThrows(ReplyException.class, () -> async.reply("nobody")));
            });
    RuntimeException[] thrown = {null};
    app.createDispatcher(1)
        .spawn(
            "client",
            () -> {
              try {
                mailbox.call("thanks");
              } catch (IllegalArgumentException e) {
                thrown[0] = e;
              }
              mailbox.send("fire and forget");
            })
        .join();
    serving.join();
    assertEquals("no thanks", thrown[0].getMessage());
    assertEquals(2, refusals.size());
  }

  @Test
  void onlyTheOwnersThreadsReceive() throws Exception {
    boot(Machine.uniform(1, 2));
    AddressSpace app = kernel.createAddressSpace("app");
    Mailbox<String, Void> mailbox = Mailbox.create(app.createDispatcher(0), "mine", 4);
    RuntimeException[] refused = {null};
    app.createDispatcher(1)
        .spawn(
            "stranger",
            () -> refused[0] = assertThrows(NotMailboxOwnerException.class, mailbox::receive))
        .join();
    assertTrue(refused[0].getMessage().contains("owner.spawn"), refused[0].getMessage());
  }

  @Test
  void shutdownReportsMessagesNobodyReceived() {
    boot(Machine.uniform(1, 2));
    Mailbox<String, Void> mailbox =
        Mailbox.create(kernel.createAddressSpace("app").createDispatcher(1), "ignored", 8);
    for (int i = 0; i < 5; i++) {
      mailbox.send("m" + i);
    }
    Kernel booted = kernel;
    kernel = null;
    KernelShutdownException thrown =
        assertThrows(KernelShutdownException.class, () -> booted.shutdown(Duration.ZERO));
    assertEquals(
        List.of("mailbox ignored@vp1: 5 undelivered message(s)"), thrown.report().pendingWork());
  }

  @Test
  void aPlainThreadCannotSendOnceShutdownHasBegunSoNoMessageArrivesUnreported() {
    boot(Machine.uniform(1, 2));
    Mailbox<String, Void> mailbox =
        Mailbox.create(kernel.createAddressSpace("app").createDispatcher(1), "late", 8);
    Kernel booted = kernel;
    kernel = null;
    booted.shutdown(Duration.ZERO);

    KernelClosedException refused =
        assertThrows(KernelClosedException.class, () -> mailbox.send("too late"));
    assertTrue(refused.getMessage().contains("send to mailbox late"), refused.getMessage());
    assertThrows(KernelClosedException.class, () -> mailbox.offer("too late"));
    assertEquals(0, mailbox.size());
  }
}
