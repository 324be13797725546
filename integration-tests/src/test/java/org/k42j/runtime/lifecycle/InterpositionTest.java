package org.k42j.runtime.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.fixture.reentrant.Relay;
import org.k42j.runtime.fixture.reentrant.Relay_Factory;
import org.k42j.runtime.internal.DispatcherBase;
import org.k42j.runtime.internal.RootCore;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Workers;

/**
 * Interposition: an interceptor put in front of a live object sees every call from then on, per
 * method, and once removed leaves the row holding the reps' own entries again (nothing in the way,
 * so no cost).
 */
class InterpositionTest {
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 1_000_000;

  @Test
  void aCallCounterSeesEveryCallOfEightThreadsPerMethod() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(THREADS), UniformTopology.single())) {
      Counter counter = Counter_Factory.create();
      for (int p = 0; p < THREADS; p++) {
        DeclaredIdentity.declare(p);
        counter.increment(); // reps exist before the interceptor: their entries get wrapped
      }
      CallCounter calls = new CallCounter();
      try (Interposition interposition = ClusteredObjects.interpose(counter, calls)) {
        Workers.run(
            THREADS,
            t -> {
              DeclaredIdentity.declare(t);
              for (int i = 0; i < CALLS_PER_THREAD; i++) {
                if ((i & 3) == 0) {
                  counter.add(2);
                } else {
                  counter.increment();
                }
              }
            });
        assertEquals(
            Map.of(
                "add(long)",
                THREADS * CALLS_PER_THREAD / 4L,
                "increment()",
                THREADS * CALLS_PER_THREAD * 3L / 4),
            calls.counts());
        assertEquals(THREADS + THREADS * CALLS_PER_THREAD * 5L / 4, counter.value());
        // The gather visited each of the eight reps through the interceptor.
        assertEquals(THREADS, calls.count("value()"));
      }
      long before = calls.count("increment()");
      counter.increment();
      assertEquals(before, calls.count("increment()"), "a removed interceptor sees nothing");
      RootCore<?> root = RootCore.of(DispatcherBase.rootOf(counter));
      for (int slot = 0; slot < root.repSlots(); slot++) {
        assertFalse(
            Proxy.isProxyClass(root.entryAt(slot).getClass()),
            "with no interceptor the entries are the reps' own again");
      }
    }
  }

  @Test
  void aTimerAndATracerSeeReturnsAndFailuresAndSurviveAHotSwap() throws Exception {
    Relay relay = Relay_Factory.create();
    CallTimer timer = new CallTimer();
    List<String> trace = new CopyOnWriteArrayList<>();
    try (Interposition timing = ClusteredObjects.interpose(relay, timer);
        Interposition tracing =
            ClusteredObjects.interpose(relay, new CallTracer(Relay.class, trace::add))) {
      relay.bump();
      assertThrows(IllegalStateException.class, relay::bumpThenFail);
      ClusteredObjects.hotSwap(relay, Policy.SINGLE);
      relay.bump();
      relay.bumpTwiceThroughSelf(); // the rep's own calls through the handle are seen too

      assertEquals(4, timer.timings().get("bump()").calls());
      assertEquals(1, timer.timings().get("bumpThenFail()").calls());
      assertTrue(timer.timings().get("bump()").totalNanos() > 0);
      assertTrue(trace.get(0).startsWith(Relay.class.getName() + ".bump() on "), trace.get(0));
      assertTrue(trace.get(0).contains(": returned in "), trace.get(0));
      assertTrue(
          trace.get(1).contains(".bumpThenFail() on ")
              && trace.get(1).contains(": threw java.lang.IllegalStateException in "),
          trace.get(1));
      assertEquals(6, trace.size(), String.join("\n", trace));
    }
    relay.bump();
    assertEquals(4, timer.timings().get("bump()").calls());
    assertEquals(5 + 1, relay.total());
  }
}
