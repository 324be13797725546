package org.k42j.kernel.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.machine.Machine;

@Timeout(60)
class SoftInterruptTest extends BootedKernel {
  /**
   * Seven raisers on processors 1..7 each raise their own bit 2,000 times, each time waiting until
   * the previous raise was delivered: every raise is delivered exactly once, so each bit is seen
   * exactly 2,000 times.
   */
  @Test
  void everyRaiseIsDeliveredExactlyOnceToTheTargetDispatcher() throws Exception {
    boot(Machine.uniform(2, 4));
    AddressSpace app = kernel.createAddressSpace("app");
    int raisers = 7;
    int rounds = 2_000;
    AtomicIntegerArray delivered = new AtomicIntegerArray(raisers);
    AtomicReferenceArray<UThread> waiting = new AtomicReferenceArray<>(raisers);
    AtomicInteger strayBits = new AtomicInteger();
    Dispatcher target =
        app.createDispatcher(
            0,
            new Upcalls() {
              @Override
              public void softInterrupt(Dispatcher dispatcher, int bits) {
                for (int i = 0; i < Integer.SIZE; i++) {
                  if ((bits & (1 << i)) != 0) {
                    if (i >= raisers) {
                      strayBits.incrementAndGet();
                    } else {
                      delivered.incrementAndGet(i);
                      waiting.get(i).unpark();
                    }
                  }
                }
              }
            });
    List<UThread> threads = new ArrayList<>();
    for (int i = 0; i < raisers; i++) {
      int bit = i;
      threads.add(
          app.createDispatcher(1 + i)
              .spawn(
                  "raiser" + i,
                  () -> {
                    waiting.set(bit, UThread.current());
                    for (int round = 1; round <= rounds; round++) {
                      target.raise(1 << bit);
                      while (delivered.get(bit) < round) {
                        UThread.park();
                      }
                    }
                  }));
    }
    for (UThread thread : threads) {
      thread.join();
    }
    for (int i = 0; i < raisers; i++) {
      assertEquals(rounds, delivered.get(i), "bit " + i);
    }
    assertEquals(0, strayBits.get());
  }

  /**
   * Eight raisers hammer one dispatcher without waiting: raises of a bit that is already pending
   * coalesce (it is a word), but no raise is lost: every bit's last raise is delivered after the
   * raiser finished, and a bit is never delivered more often than it was raised.
   */
  @Test
  void concurrentRaisesCoalesceButTheLastRaiseOfEveryBitIsDelivered() throws Exception {
    boot(Machine.uniform(1, 9));
    AddressSpace app = kernel.createAddressSpace("app");
    int raisers = 8;
    int raises = 20_000;
    AtomicIntegerArray delivered = new AtomicIntegerArray(raisers);
    AtomicIntegerArray deliveredAfterDone = new AtomicIntegerArray(raisers);
    AtomicIntegerArray done = new AtomicIntegerArray(raisers);
    Dispatcher target =
        app.createDispatcher(
            0,
            new Upcalls() {
              @Override
              public void softInterrupt(Dispatcher dispatcher, int bits) {
                for (int i = 0; i < raisers; i++) {
                  if ((bits & (1 << i)) != 0) {
                    delivered.incrementAndGet(i);
                    if (done.get(i) == 1) {
                      deliveredAfterDone.incrementAndGet(i);
                    }
                  }
                }
              }
            });
    List<UThread> threads = new ArrayList<>();
    for (int i = 0; i < raisers; i++) {
      int bit = i;
      threads.add(
          app.createDispatcher(1 + i)
              .spawn(
                  "raiser" + i,
                  () -> {
                    for (int n = 0; n < raises - 1; n++) {
                      target.raise(1 << bit);
                    }
                    done.set(bit, 1);
                    target.raise(1 << bit);
                  }));
    }
    for (UThread thread : threads) {
      thread.join();
    }
    // the deliveries of the last raises are events on processor 0; a call there runs after them
    kernel.call(0, () -> null);
    for (int i = 0; i < raisers; i++) {
      assertTrue(deliveredAfterDone.get(i) >= 1, "last raise of bit " + i + " lost");
      assertTrue(
          delivered.get(i) >= 1 && delivered.get(i) <= raises,
          "bit " + i + " delivered " + delivered.get(i) + " times");
    }
  }

  @Test
  void raisingOnAnotherAddressSpacesDispatcherIsRefused() throws Exception {
    boot(Machine.uniform(1, 2));
    Dispatcher other = kernel.createAddressSpace("other").createDispatcher(0);
    Dispatcher mine = kernel.createAddressSpace("mine").createDispatcher(1);
    RuntimeException[] refused = {null};
    mine.spawn(
            "raiser",
            () -> {
              try {
                other.raise(1);
              } catch (NotSameAddressSpaceException e) {
                refused[0] = e;
              }
            })
        .join();
    assertTrue(refused[0] instanceof NotSameAddressSpaceException);
    assertTrue(refused[0].getMessage().contains("Mailbox"), refused[0].getMessage());
    assertThrows(NotOnUserThreadException.class, () -> other.raise(1));
  }
}
