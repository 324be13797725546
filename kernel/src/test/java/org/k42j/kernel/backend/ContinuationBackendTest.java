package org.k42j.kernel.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.KernelOptions;
import org.k42j.kernel.KernelThreads;
import org.k42j.kernel.comm.Mailbox;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.ShutdownReport;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.kernel.machine.Machine;
import org.k42j.runtime.Processors;

/**
 * The kernel on the continuation backend: the scenarios that exercise every switch path (yield,
 * park/unpark across processors, sleep, blocking calls, messages, shutdown). They run where the JDK
 * has continuations (JDK 21+, with {@code jdk.internal.vm} exported, as the kernel's test
 * configuration does); on JDK 17 only the refusal is checked.
 */
@Timeout(60)
class ContinuationBackendTest extends BootedKernel {
  private static KernelOptions continuations() {
    return KernelOptions.defaults().withBackend(new ContinuationBackend());
  }

  @Test
  void withoutContinuationsTheBackendRefusesToOpenAndSaysWhatToDo() {
    assumeTrue(!ContinuationBackend.available());
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> new ContinuationBackend().open(0, "vp0"));
    assertTrue(refused.getMessage().contains("BatonBackend"), refused.getMessage());
    assertTrue(
        refused.getMessage().contains(ContinuationBackend.unavailableReason()),
        refused.getMessage());
  }

  @Test
  void prioritiesAndTheLotteryScheduleAsOnTheBaton() throws Exception {
    assumeTrue(ContinuationBackend.available(), ContinuationBackend.unavailableReason());
    boot(Machine.uniform(1, 1), continuations());
    Dispatcher dispatcher = kernel.createAddressSpace("app").createDispatcher(0);
    List<Integer> trace = Collections.synchronizedList(new ArrayList<>());
    List<UThread> threads = Collections.synchronizedList(new ArrayList<>());
    dispatcher
        .spawn(
            "starter",
            100,
            1,
            () -> {
              for (int i = 0; i < 4; i++) {
                int priority = i % 2;
                threads.add(
                    dispatcher.spawn(
                        "t" + i,
                        priority,
                        10,
                        () -> {
                          for (int step = 0; step < 10; step++) {
                            trace.add(priority);
                            UThread.yieldNow();
                          }
                        }));
              }
            })
        .join();
    for (UThread thread : List.copyOf(threads)) {
      thread.join();
    }
    List<Integer> expected = new ArrayList<>(Collections.nCopies(20, 1));
    expected.addAll(Collections.nCopies(20, 0));
    assertEquals(expected, trace);
  }

  @Test
  void parkingSleepingBlockingAndMessagesWorkAcrossProcessors() throws Exception {
    assumeTrue(ContinuationBackend.available(), ContinuationBackend.unavailableReason());
    boot(Machine.uniform(2, 2), continuations());
    AddressSpace app = kernel.createAddressSpace("app");
    Dispatcher receiver = app.createDispatcher(0);
    Mailbox<Integer, Integer> mailbox = Mailbox.create(receiver, "numbers", 8);
    int senders = 3;
    int perSender = 5_000;
    long[] sum = {0};
    UThread server =
        receiver.spawn(
            "server",
            () -> {
              for (int i = 0; i < senders * perSender; i++) {
                var letter = mailbox.receive();
                sum[0] += letter.body();
                if (letter.expectsReply()) {
                  letter.reply(Processors.current());
                }
              }
            });
    CountDownLatch latch = new CountDownLatch(1);
    int[] replies = new int[senders];
    List<UThread> threads = new ArrayList<>();
    for (int s = 0; s < senders; s++) {
      int sender = s;
      threads.add(
          app.createDispatcher(1 + s)
              .spawn(
                  "sender" + s,
                  () -> {
                    for (int n = 1; n < perSender; n++) {
                      while (!mailbox.offer(n)) {
                        UThread.yieldNow();
                      }
                    }
                    replies[sender] = mailbox.call(perSender); // synchronous, from processor 1..3
                    UThread.sleep(Duration.ofMillis(5));
                    try {
                      UThread.blockingCall(
                          () -> {
                            latch.await();
                            return null;
                          });
                    } catch (Exception e) {
                      throw new AssertionError(e);
                    }
                  }));
    }
    server.join();
    latch.countDown();
    for (UThread thread : threads) {
      thread.join();
    }
    assertEquals((long) senders * perSender * (perSender + 1) / 2, sum[0]);
    for (int reply : replies) {
      assertEquals(0, reply);
    }
    ShutdownReport report = kernel.shutdown();
    kernel = null;
    assertTrue(report.clean(), report.describe());
  }

  @Test
  void aSixtyFourProcessorMachineRunsEveryProcessorOnItsOwnThread() throws Exception {
    assumeTrue(ContinuationBackend.available(), ContinuationBackend.unavailableReason());
    boot(Machine.uniform(4, 16), continuations());
    AddressSpace app = kernel.createAddressSpace("app");
    int[] seen = new int[64];
    List<UThread> threads = new ArrayList<>();
    for (int p = 0; p < 64; p++) {
      int processor = p;
      threads.add(
          app.createDispatcher(p).spawn("probe", () -> seen[processor] = Processors.current() + 1));
    }
    for (UThread thread : threads) {
      thread.join();
    }
    for (int p = 0; p < 64; p++) {
      assertEquals(p + 1, seen[p]);
    }
    kernel.shutdown();
    kernel = null;
    assertEquals(List.of(), KernelThreads.alive());
  }
}
