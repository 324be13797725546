package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.LifecycleTimeoutException;
import org.k42j.runtime.Processors;
import org.k42j.runtime.lifecycle.Interceptor;
import org.k42j.runtime.lifecycle.Interposition;
import org.k42j.runtime.lifecycle.Request;
import org.k42j.runtime.lifecycle.Requests;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.TokenWaiterIdentity;

/**
 * No unbounded waits: a request that is never closed (a leak) by a waiter the caller scan cannot
 * sample (here a token per thread, as a kernel's user-level threads are) makes a destroy or hot
 * swap wait, and while it waits a log line and a Flight Recorder event name the waiter holding the
 * request; a bounded destroy or swap fails with {@link LifecycleTimeoutException} naming it,
 * leaving a swapped object as it was and a destroyed one refusing calls with its cleanup deferred
 * until the request ends. A leak on a platform thread delays only what that thread is inside. Every
 * wait in the test is bounded.
 */
@Timeout(120)
class BoundedLifecycleTest {
  private Processors.Installation machine;
  private LeakedRequest leak;

  @BeforeEach
  void fourProcessors() {
    machine = Processors.install(new TokenWaiterIdentity(4), UniformTopology.single());
  }

  @AfterEach
  void restore() throws InterruptedException {
    if (leak != null) {
      leak.close();
    }
    machine.close();
  }

  private static Counting counter() {
    Counting counting =
        Clustering.of(Counting.class)
            .repClass(SwappableCounter.class)
            .gather("count", Reduce.SUM)
            .stateTransfer(
                SwappableCounter.class,
                SwappableCounter::exportCount,
                SwappableCounter::importCounts)
            .build()
            .create();
    for (int p = 0; p < 4; p++) {
      DeclaredIdentity.declare(p);
      counting.increment();
    }
    DeclaredIdentity.declare(0);
    return counting;
  }

  @Test
  void aBoundedSwapPastALeakedRequestFailsNamingItAndLeavesTheObjectAsItWas() throws Exception {
    Counting counting = counter();
    leak = new LeakedRequest("leaking-worker");
    LifecycleTimeoutException e =
        assertThrows(
            LifecycleTimeoutException.class,
            () -> ClusteredObjects.hotSwap(counting, Policy.SINGLE, 0, Duration.ofMillis(300)));
    assertTrue(e.getMessage().contains("grace period"), e.getMessage());
    assertTrue(e.getMessage().contains("waiter of 'leaking-worker'"), e.getMessage());
    assertEquals(Duration.ofMillis(300), e.bound());
    assertEquals(0, ClusteredObjects.stats(counting).swaps(), "the swap was undone");
    assertEquals(Policy.PER_PROCESSOR, ClusteredObjects.stats(counting).policy());
    counting.increment();
    assertEquals(5, counting.count(), "the old reps serve on");

    leak.close();
    ClusteredObjects.hotSwap(counting, Policy.SINGLE, 0, Duration.ofSeconds(30));
    assertEquals(1, ClusteredObjects.stats(counting).swaps());
    assertEquals(5, counting.count());
  }

  @Test
  void aBoundedDestroyPastALeakedRequestRefusesCallsAndCleansUpOnceTheRequestEnds()
      throws Exception {
    Counting counting = counter();
    leak = new LeakedRequest("leaking-worker");
    LifecycleTimeoutException e =
        assertThrows(
            LifecycleTimeoutException.class,
            () -> ClusteredObjects.destroy(counting, Duration.ofMillis(300)));
    assertTrue(e.getMessage().contains("waiter of 'leaking-worker'"), e.getMessage());
    assertTrue(e.getMessage().contains("cleanup runs once those end"), e.getMessage());
    assertThrows(ClusteredObjectDestroyedException.class, counting::increment);
    assertFalse(ClusteredObjects.cleanedUp(counting).isDone(), "cleaned up under the request");
    leak.close();
    ClusteredObjects.cleanedUp(counting).get(60, TimeUnit.SECONDS); // deferred, then done
  }

  @Test
  void aLongWaitIsLoggedAndRecordedNamingTheThreadHoldingIt() throws Exception {
    Counting counting = counter();
    List<String> logged = new CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger("org.k42j.runtime.lifecycle");
    logger.addHandler(handler);
    List<RecordedEvent> events = new CopyOnWriteArrayList<>();
    try (RecordingStream recording = new RecordingStream()) {
      recording.enable("org.k42j.LifecycleWait");
      recording.onEvent("org.k42j.LifecycleWait", events::add);
      recording.startAsync();
      leak = new LeakedRequest("leaking-worker");
      // Past the report threshold (1 s by default), short of the bound.
      assertThrows(
          LifecycleTimeoutException.class,
          () -> ClusteredObjects.hotSwap(counting, Policy.SINGLE, 0, Duration.ofMillis(2_500)));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (events.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    } finally {
      logger.removeHandler(handler);
    }
    assertTrue(
        logged.stream()
            .anyMatch(m -> m.contains("has waited") && m.contains("waiter of 'leaking-worker'")),
        logged.toString());
    assertFalse(events.isEmpty(), "no LifecycleWait event");
    RecordedEvent event = events.get(0);
    assertEquals("swap", event.getString("operation"));
    assertEquals("grace period", event.getString("phase"));
    assertTrue(event.getString("holders").contains("waiter of 'leaking-worker'"));
  }

  @Test
  void aRequestLeakedOnAPlatformThreadOutsideTheObjectDelaysNeitherSwapNorDestroy()
      throws Exception {
    try (var threads = Processors.install(new DeclaredIdentity(4), UniformTopology.single())) {
      Counting counting = counter();
      leak = new LeakedRequest("leaking-worker");
      ClusteredObjects.hotSwap(counting, Policy.SINGLE, 0, Duration.ofSeconds(20));
      assertEquals(4, counting.count());
      ClusteredObjects.destroy(counting, Duration.ofSeconds(20));
      ClusteredObjects.cleanedUp(counting).get(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void aPlatformThreadBlockedInsideTheObjectIsNamedWithItsFrameWhenABoundedSwapGivesUp()
      throws Exception {
    try (var threads = Processors.install(new DeclaredIdentity(4), UniformTopology.single())) {
      Counting counting = counter();
      CountDownLatch inside = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Interposition blocking =
          ClusteredObjects.interpose(
              counting,
              new Interceptor() {
                @Override
                public Object before(Method method) {
                  if (Thread.currentThread().getName().equals("blocked-inside")) {
                    inside.countDown();
                    try {
                      release.await(60, TimeUnit.SECONDS); // a rep method that blocks, in effect
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                  return null;
                }

                @Override
                public void after(Method method, Object token, Throwable failure) {}
              });
      Thread blocked = new Thread(() -> Requests.run(counting::increment), "blocked-inside");
      blocked.setDaemon(true);
      blocked.start();
      assertTrue(inside.await(30, TimeUnit.SECONDS));
      try {
        LifecycleTimeoutException e =
            assertThrows(
                LifecycleTimeoutException.class,
                () -> ClusteredObjects.hotSwap(counting, Policy.SINGLE, 0, Duration.ofMillis(500)));
        assertTrue(e.getMessage().contains("caller scan"), e.getMessage());
        assertTrue(e.getMessage().contains("thread 'blocked-inside'"), e.getMessage());
      } finally {
        release.countDown();
        blocked.join(TimeUnit.SECONDS.toMillis(30));
        blocking.close();
      }
      assertEquals(0, ClusteredObjects.stats(counting).swaps());
      assertEquals(5, counting.count(), "the blocked call ran on the old reps, which serve on");
    }
  }

  /** A platform thread that enters a request and keeps it open until closed: a leak. */
  private static final class LeakedRequest {
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Thread thread;

    LeakedRequest(String name) throws InterruptedException {
      thread =
          new Thread(
              () -> {
                Request request = Requests.enter();
                entered.countDown();
                try {
                  release.await(100, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                request.close();
              },
              name);
      thread.setDaemon(true);
      thread.start();
      assertTrue(entered.await(30, TimeUnit.SECONDS));
    }

    void close() throws InterruptedException {
      release.countDown();
      thread.join(TimeUnit.SECONDS.toMillis(30));
    }
  }
}
