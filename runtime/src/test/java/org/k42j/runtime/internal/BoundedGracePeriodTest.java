package org.k42j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.runtime.LifecycleTimeoutException;
import org.k42j.runtime.quiescence.Quiescence;

/**
 * A bounded grace period that gives up leaves the generation flipped with a request still counted
 * in the previous one; the next grace period must still wait for that request (two counters per
 * stripe: it first drains the counter its flip makes current).
 */
@Timeout(60)
class BoundedGracePeriodTest {
  @Test
  void aGracePeriodAfterOneThatGaveUpStillWaitsForTheRequestLeftBehind() throws Exception {
    Quiescence quiescence = new Quiescence(4);
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch leave = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () -> {
              int counter = quiescence.enter(1);
              entered.countDown();
              try {
                leave.await(50, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              quiescence.exit(counter);
            });
    holder.setDaemon(true);
    holder.start();
    assertTrue(entered.await(10, TimeUnit.SECONDS));

    assertThrows(
        LifecycleTimeoutException.class,
        () ->
            quiescence.awaitGracePeriod(
                new LifecycleWait("swap", "the test object", Duration.ofMillis(100))));

    // A request that starts now is in the new generation; the old one is still open.
    int fresh = quiescence.enter(2);
    quiescence.exit(fresh);
    AtomicBoolean ended = new AtomicBoolean();
    Thread next =
        new Thread(
            () -> {
              quiescence.awaitGracePeriod(UnboundedGraceWait.INSTANCE);
              ended.set(true);
            });
    next.setDaemon(true);
    next.start();
    next.join(300);
    assertFalse(ended.get(), "a grace period ended while a request older than it was open");
    leave.countDown();
    next.join(TimeUnit.SECONDS.toMillis(30));
    assertTrue(ended.get(), "the grace period did not end once the old request ended");
  }
}
