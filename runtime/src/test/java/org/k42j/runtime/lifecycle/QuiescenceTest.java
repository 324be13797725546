package org.k42j.runtime.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Workers;

/** What a grace period promises: every request that was running when it began has ended. */
class QuiescenceTest {
  private static final int THREADS = 8;
  private static final int REQUESTS_PER_THREAD = 1_000_000;

  @Test
  void aGracePeriodDoesNotEndWhileARequestThatStartedBeforeItRuns() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch leave = new CountDownLatch(1);
    AtomicBoolean graceEnded = new AtomicBoolean();
    AtomicBoolean requestOpenAtGraceEnd = new AtomicBoolean();
    AtomicBoolean requestOpen = new AtomicBoolean();
    Workers.run(
        2,
        t -> {
          if (t == 0) {
            try (Request request = Requests.enter()) {
              requestOpen.set(true);
              entered.countDown();
              leave.await();
              requestOpen.set(false);
            }
          } else {
            entered.await();
            Thread waiter =
                new Thread(
                    () -> {
                      Requests.awaitQuiescence();
                      requestOpenAtGraceEnd.set(requestOpen.get());
                      graceEnded.set(true);
                    });
            waiter.start();
            // The waiter cannot finish while the request is open, whenever we look.
            waiter.join(50);
            assertFalse(graceEnded.get(), "the grace period ended with a request still running");
            leave.countDown();
            waiter.join();
          }
        });
    assertTrue(graceEnded.get());
    assertFalse(requestOpenAtGraceEnd.get());
  }

  @Test
  void awaitingQuiescenceInsideARequestIsRefusedInsteadOfWaitingForItself() {
    try (Request request = Requests.enter()) {
      assertTrue(Requests.inRequest());
      IllegalStateException e =
          assertThrows(IllegalStateException.class, Requests::awaitQuiescence);
      assertTrue(e.getMessage().contains("would wait for itself"), e.getMessage());
    }
    assertFalse(Requests.inRequest());
  }

  @Test
  void requestsNestAndClosingTwiceEndsOnlyOnce() {
    Request outer = Requests.enter();
    Request inner = Requests.enter();
    inner.close();
    inner.close();
    assertTrue(Requests.inRequest(), "the outer request is still open");
    outer.close();
    assertFalse(Requests.inRequest());
    Requests.awaitQuiescence(); // nothing of this thread's is left running
  }

  /**
   * RCU-style reclamation under contention: eight readers run a million requests each, every one
   * reading the published object and checking it is not retired; a writer keeps publishing a new
   * object, waiting for a grace period and only then retiring the old one. No reader may ever see a
   * retired object inside a request.
   */
  @Test
  void noRequestEverSeesAnObjectRetiredAfterAGracePeriod() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(THREADS), UniformTopology.single())) {
      AtomicReference<Box> published = new AtomicReference<>(new Box());
      AtomicBoolean readersDone = new AtomicBoolean();
      AtomicLong violations = new AtomicLong();
      AtomicLong reads = new AtomicLong();
      AtomicLong retirements = new AtomicLong();
      Workers.run(
          THREADS + 1,
          t -> {
            if (t == THREADS) {
              while (!readersDone.get()) {
                Box old = published.getAndSet(new Box());
                Requests.awaitQuiescence();
                old.retired = true;
                retirements.incrementAndGet();
              }
              return;
            }
            DeclaredIdentity.declare(t);
            long mine = 0;
            for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
              try (Request request = Requests.enter()) {
                if (published.get().retired) {
                  violations.incrementAndGet();
                } else {
                  mine++;
                }
              }
            }
            reads.addAndGet(mine);
            if (reads.get() + violations.get() == (long) THREADS * REQUESTS_PER_THREAD) {
              readersDone.set(true);
            }
          });
      assertEquals(0, violations.get(), "a request saw an object retired after a grace period");
      assertEquals((long) THREADS * REQUESTS_PER_THREAD, reads.get());
      assertTrue(retirements.get() > 0, "the writer retired objects while readers ran");
    }
  }

  private static final class Box {
    volatile boolean retired;
  }
}
