package org.k42j.kernel.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.vp.NotOnVirtualProcessorException;
import org.k42j.runtime.Processors;

/**
 * A thread that blocks is parked and its dispatcher keeps its processor: in each test the blocked
 * thread can only be released by another thread of the same dispatcher on the same processor, so a
 * dispatcher that blocked would never finish (the timeout would fail the test).
 */
@Timeout(30)
class BlockingTest extends BootedKernel {
  private Dispatcher dispatcher;

  private void boot(Upcalls upcalls) {
    boot(Machine.uniform(1, 2));
    dispatcher = kernel.createAddressSpace("app").createDispatcher(1, upcalls);
  }

  @Test
  void aBlockingCallRunsOffTheProcessorWhileTheDispatcherRunsItsOtherThreads() throws Exception {
    boot(Upcalls.NONE);
    CountDownLatch released = new CountDownLatch(1);
    AtomicInteger siblingSteps = new AtomicInteger();
    int[] result = {0};
    UThread blocked =
        dispatcher.spawn(
            "blocked",
            () -> {
              try {
                result[0] =
                    UThread.blockingCall(
                        () -> {
                          released.await(); // a real blocking JDK call
                          assertThrows(NotOnVirtualProcessorException.class, Processors::current);
                          return 42;
                        });
              } catch (Exception e) {
                throw new AssertionError(e);
              }
              result[0] += Processors.current(); // back on processor 1
            });
    UThread sibling =
        dispatcher.spawn(
            "sibling",
            () -> {
              for (int i = 0; i < 1000; i++) {
                siblingSteps.incrementAndGet();
                UThread.yieldNow();
              }
              released.countDown();
            });
    blocked.join();
    sibling.join();
    assertEquals(43, result[0]);
    assertEquals(1000, siblingSteps.get());
  }

  @Test
  void aBlockingCallThatThrowsRethrowsInTheThread() throws Exception {
    boot(Upcalls.NONE);
    Throwable[] caught = {null};
    dispatcher
        .spawn(
            "io",
            () -> {
              try {
                UThread.blockingCall(
                    () -> {
                      throw new IOException("disk gone");
                    });
              } catch (Exception e) {
                caught[0] = e;
              }
            })
        .join();
    assertTrue(caught[0] instanceof IOException);
    assertEquals("disk gone", caught[0].getMessage());
  }

  @Test
  void aSleepingThreadLetsItsSiblingRunUntilItWakes() throws Exception {
    boot(Upcalls.NONE);
    long[] sleepsUntil = {0}; // the current sleep's deadline: the sleeper is asleep before it
    int[] stepsWhileAsleep = {0};
    // The sleeper sleeps again until its sibling has run during one of its sleeps, so a slow host
    // (a timer already due when the processor next picks) cannot fail the test; a dispatcher that
    // blocked during a sleep would never run the sibling and the test would time out.
    UThread sleeper =
        dispatcher.spawn(
            "sleeper",
            () -> {
              while (stepsWhileAsleep[0] == 0) {
                sleepsUntil[0] = System.nanoTime() + 5_000_000L;
                UThread.sleep(Duration.ofMillis(5));
                assertTrue(System.nanoTime() - sleepsUntil[0] >= 0, "woke early");
              }
            });
    UThread sibling =
        dispatcher.spawn(
            "sibling",
            () -> {
              while (!sleeper.isDone()) {
                if (System.nanoTime() - sleepsUntil[0] < 0) {
                  stepsWhileAsleep[0]++;
                }
                UThread.yieldNow();
              }
            });
    sleeper.join();
    sibling.join();
    assertEquals(null, sleeper.failure());
    assertTrue(stepsWhileAsleep[0] > 0, "the sibling never ran while the sleeper slept");
  }

  @Test
  void aPageFaultIsAnUpcallToTheDispatcherWhichRunsOtherThreadsUntilItIsResolved()
      throws Exception {
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    boolean[] faulting = {false}; // from the fault until its resolution upcall
    boot(
        new Upcalls() {
          @Override
          public void pageFault(UThread thread, long address) {
            events.add("fault " + thread.name() + " @" + Long.toHexString(address));
          }

          @Override
          public void pageFaultResolved(UThread thread, long address) {
            faulting[0] = false;
            events.add("resolved " + thread.name() + " @" + Long.toHexString(address));
          }
        });
    boolean[] otherRan = {false};
    // The faulter faults again until the other thread has run during one of its faults, so a slow
    // host (a fault already resolved when the processor next picks) cannot fail the test; a
    // dispatcher that blocked on the fault would never run the other thread and would time out.
    UThread faulter =
        dispatcher.spawn(
            "faulter",
            () -> {
              events.add("touch");
              while (!otherRan[0]) {
                faulting[0] = true;
                UThread.pageFault(0x7f00_1000L, Duration.ofMillis(5));
              }
              events.add("after fault");
            });
    UThread other =
        dispatcher.spawn(
            "other",
            () -> {
              while (!faulter.isDone()) {
                if (faulting[0] && !otherRan[0]) {
                  events.add("other ran");
                  otherRan[0] = true;
                }
                UThread.yieldNow();
              }
            });
    faulter.join();
    other.join();
    assertEquals(null, faulter.failure());
    List<String> expected = new ArrayList<>();
    expected.add("touch");
    int faults = (events.size() - 3) / 2;
    for (int i = 0; i < faults; i++) {
      expected.add("fault faulter @7f001000");
      if (i == faults - 1) {
        expected.add("other ran");
      }
      expected.add("resolved faulter @7f001000");
    }
    expected.add("after fault");
    assertTrue(faults >= 1, events.toString());
    assertEquals(expected, events);
  }

  @Test
  void aThreadParkedOnOneProcessorIsUnparkedFromAnother() throws Exception {
    boot(Machine.uniform(1, 2));
    AddressSpace app = kernel.createAddressSpace("app");
    int[] wokeOn = {-1};
    UThread parker =
        app.createDispatcher(0)
            .spawn(
                "parker",
                () -> {
                  UThread.park();
                  wokeOn[0] = Processors.current();
                });
    UThread waker =
        app.createDispatcher(1)
            .spawn(
                "waker",
                () -> {
                  UThread.sleep(Duration.ofMillis(5));
                  parker.unpark();
                });
    parker.join();
    waker.join();
    assertEquals(0, wokeOn[0]);
  }

  @Test
  void anUnparkBeforeParkLetsTheParkReturnAtOnce() throws Exception {
    boot(Upcalls.NONE);
    dispatcher
        .spawn(
            "self",
            () -> {
              UThread.current().unpark();
              UThread.park(); // would hang without the permit
            })
        .join();
  }

  @Test
  void joiningFromAUserThreadParksItWhileTheJoinedThreadRuns() throws Exception {
    boot(Upcalls.NONE);
    List<String> trace = Collections.synchronizedList(new ArrayList<>());
    dispatcher
        .spawn(
            "parent",
            () -> {
              UThread child =
                  dispatcher.spawn(
                      "child",
                      () -> {
                        UThread.yieldNow();
                        trace.add("child");
                      });
              try {
                child.join();
              } catch (InterruptedException e) {
                throw new AssertionError(e);
              }
              trace.add("parent");
            })
        .join();
    assertEquals(List.of("child", "parent"), trace);
  }

  @Test
  void joiningAThreadThatThrewRethrowsItsFailure() throws Exception {
    boot(Upcalls.NONE);
    UThread failing =
        dispatcher.spawn(
            "failing",
            () -> {
              throw new IllegalStateException("boom");
            });
    UThreadFailedException failed = assertThrows(UThreadFailedException.class, failing::join);
    assertTrue(failed.getCause() instanceof IllegalStateException);
  }

  @Test
  void kernelCallsFromAPlainThreadAreRefusedWithTheirName() {
    boot(Upcalls.NONE);
    NotOnUserThreadException refused =
        assertThrows(NotOnUserThreadException.class, UThread::yieldNow);
    assertTrue(refused.getMessage().contains("Dispatcher.spawn"), refused.getMessage());
    assertThrows(NotOnUserThreadException.class, UThread::park);
    assertThrows(NotOnUserThreadException.class, () -> UThread.sleep(Duration.ZERO));
    assertThrows(NotOnUserThreadException.class, UThread::current);
  }
}
