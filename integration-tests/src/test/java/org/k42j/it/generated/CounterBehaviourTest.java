package org.k42j.it.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Policy;
import org.k42j.processor.testing.LoadedClasses;
import org.k42j.processor.testing.PinnedIdentity;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;

/** The sample counter's generated code, as this module's build compiled it, called. */
class CounterBehaviourTest {
  private static final String COUNTER = "sample.counter.Counter";
  private static final int THREADS = 8;
  private static final int INCREMENTS = 1_000_000;

  private static final LoadedClasses loaded =
      LoadedClasses.on(CounterBehaviourTest.class.getClassLoader());

  @Test
  void eightThreadsOfAMillionIncrementsEachCountExactlyEightMillion() throws Exception {
    // Fewer processor slots than threads, so threads share reps through their guards.
    try (Processors.Installation machine =
        Processors.install(new ThreadSlotIdentity(4), UniformTopology.single())) {
      Object counter = loaded.callStaticUnchecked("sample.counter.Counter_Factory", "create");
      MethodHandle increment =
          MethodHandles.publicLookup()
              .findVirtual(loaded.type(COUNTER), "increment", MethodType.methodType(void.class))
              .asType(MethodType.methodType(void.class, Object.class));
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          done.add(
              pool.submit(
                  () -> {
                    start.await();
                    for (int i = 0; i < INCREMENTS; i++) {
                      invoke(increment, counter);
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> future : done) {
          future.get();
        }
      } finally {
        pool.shutdown();
      }
      assertEquals((long) THREADS * INCREMENTS, loaded.callUnchecked(COUNTER, counter, "value"));
    }
  }

  private static void invoke(MethodHandle method, Object target) {
    try {
      method.invokeExact(target);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void valueGathersEveryRepAndResetBroadcastsToEveryRep() throws Exception {
    try (Processors.Installation machine = PinnedIdentity.install(4)) {
      Object counter = loaded.callStaticUnchecked("sample.counter.Counter_Factory", "create");
      for (int processor = 0; processor < 4; processor++) {
        long delta = 10L << processor;
        PinnedIdentity.on(processor, () -> loaded.callUnchecked(COUNTER, counter, "add", delta));
      }
      assertEquals(4, ClusteredObjects.stats(counter).reps());
      assertEquals(10L + 20 + 40 + 80, loaded.callUnchecked(COUNTER, counter, "value"));
      loaded.callUnchecked(COUNTER, counter, "reset");
      assertEquals(0L, loaded.callUnchecked(COUNTER, counter, "value"));
      for (int processor = 0; processor < 4; processor++) {
        PinnedIdentity.on(processor, () -> loaded.callUnchecked(COUNTER, counter, "increment"));
      }
      assertEquals(4L, loaded.callUnchecked(COUNTER, counter, "value"));
      assertEquals(4, ClusteredObjects.stats(counter).reps());
    }
  }

  @Test
  void aCounterHotSwapsToItsGeneratedRepVersionAndBackKeepingItsCount() throws Exception {
    try (Processors.Installation machine = PinnedIdentity.install(4)) {
      Object counter = loaded.callStaticUnchecked("sample.counter.Counter_Factory", "create");
      for (int processor = 0; processor < 4; processor++) {
        long delta = processor + 1;
        PinnedIdentity.on(processor, () -> loaded.callUnchecked(COUNTER, counter, "add", delta));
      }
      Class<?> striped = loaded.type("sample.counter.StripedCounterRep");

      PinnedIdentity.on(0, () -> swap(counter, striped, Policy.SINGLE));

      assertEquals(10L, loaded.callUnchecked(COUNTER, counter, "value"));
      for (int processor = 0; processor < 4; processor++) {
        PinnedIdentity.on(processor, () -> loaded.callUnchecked(COUNTER, counter, "increment"));
      }
      assertEquals(1, ClusteredObjects.stats(counter).reps(), "one StripedCounterRep");
      assertEquals(14L, loaded.callUnchecked(COUNTER, counter, "value"));

      Class<?> rep = loaded.type("sample.counter.CounterRep");
      PinnedIdentity.on(0, () -> swap(counter, rep, Policy.PER_PROCESSOR));
      assertEquals(14L, loaded.callUnchecked(COUNTER, counter, "value"));
      assertEquals(2, ClusteredObjects.stats(counter).swaps());
    }
  }

  private static Void swap(Object counter, Class<?> repClass, Policy policy) {
    ClusteredObjects.hotSwap(counter, repClass, policy);
    return null;
  }

  @Test
  void gatherAndBroadcastOnADestroyedCounterFail() {
    Object counter = loaded.callStaticUnchecked("sample.counter.Counter_Factory", "create");
    ClusteredObjects.destroy(counter);
    assertThrows(
        ClusteredObjectDestroyedException.class, () -> loaded.call(COUNTER, counter, "value"));
    assertThrows(
        ClusteredObjectDestroyedException.class, () -> loaded.call(COUNTER, counter, "reset"));
    assertThrows(
        ClusteredObjectDestroyedException.class, () -> loaded.call(COUNTER, counter, "increment"));
  }

  @Test
  void clusteredObjectsCreatesAPublicContractThroughItsServiceEntry() {
    Class<?> contract = loaded.type(COUNTER);
    Object counter = ClusteredObjects.create(contract);
    assertSame(loaded.type("sample.counter.Counter_Dispatcher"), counter.getClass());
    loaded.callUnchecked(COUNTER, counter, "add", 42L);
    assertEquals(42L, loaded.callUnchecked(COUNTER, counter, "value"));
  }
}
