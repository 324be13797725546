package org.k42j.kernel.comm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.kernel.machine.Machine;

/** Eight senders of a million messages each, on eight processors, into one receiver. */
@Timeout(120)
class MailboxContentionTest extends BootedKernel {
  @Test
  void eightMillionMessagesFromEightSendersArriveExactlyOnceInEachSendersOrder() throws Exception {
    boot(Machine.uniform(3, 3));
    AddressSpace app = kernel.createAddressSpace("app");
    Dispatcher receiver = app.createDispatcher(0);
    int senders = 8;
    int perSender = 1_000_000;
    Mailbox<Long, Void> mailbox = Mailbox.create(receiver, "firehose", 4096);
    long[] sum = {0};
    long[] outOfOrder = {0};
    UThread consumer =
        receiver.spawn(
            "consumer",
            () -> {
              long[] next = new long[senders];
              for (long i = 0; i < (long) senders * perSender; i++) {
                long message = mailbox.receive().body();
                int sender = (int) (message >>> 32);
                long sequence = message & 0xFFFF_FFFFL;
                if (sequence != next[sender]) {
                  outOfOrder[0]++;
                }
                next[sender] = sequence + 1;
                sum[0] += sequence;
              }
            });
    List<UThread> producers = new ArrayList<>();
    for (int s = 0; s < senders; s++) {
      long tag = (long) s << 32;
      producers.add(
          app.createDispatcher(1 + s)
              .spawn(
                  "producer" + s,
                  () -> {
                    for (long n = 0; n < perSender; n++) {
                      while (!mailbox.offer(tag | n)) {
                        UThread.yieldNow();
                      }
                    }
                  }));
    }
    for (UThread producer : producers) {
      producer.join();
    }
    consumer.join();
    assertEquals(0, outOfOrder[0]);
    assertEquals((long) senders * perSender * (perSender - 1) / 2, sum[0]);
    assertEquals((long) senders * perSender, mailbox.received());
  }
}
