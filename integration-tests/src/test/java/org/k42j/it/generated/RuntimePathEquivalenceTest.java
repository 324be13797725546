package org.k42j.it.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Combiner;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.processor.testing.LoadedClasses;
import org.k42j.processor.testing.PinnedIdentity;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.RootStats;
import org.k42j.runtime.clustering.ClusteredType;
import org.k42j.runtime.clustering.Clustering;

/**
 * The run-time path and the processor build the same clustered object from the same declaration:
 * the sample contracts are compiled with the processor in this module's build, then declared again
 * at run time with the settings and routes their annotations state, for the same contract and rep
 * classes. Both objects receive the same seeded random operations from pinned processors and must
 * return the same results, throw the same exceptions, and end with the same reps and misses.
 *
 * <p>The cache's {@code get} and {@code apply} are left out: its rep reaches its siblings through
 * the generated rep base's {@code root()}, which is typed as the generated root.
 */
class RuntimePathEquivalenceTest {
  private static final int PROCESSORS = 4;
  private static final int OPERATIONS = 2_000;
  private static final long[] SEEDS = {7, 42, 20_260_101};

  private static final LoadedClasses loaded =
      LoadedClasses.on(RuntimePathEquivalenceTest.class.getClassLoader());

  @SuppressWarnings("unchecked")
  private static Class<Object> contract(LoadedClasses loaded, String name) {
    return (Class<Object>) loaded.type(name);
  }

  /** One operation: which processor calls, which method, with which arguments. */
  private record Operation(int processor, String method, Object... arguments) {
    @Override
    public String toString() {
      return "p" + processor + " " + method + java.util.Arrays.toString(arguments);
    }
  }

  /**
   * What a call did: its result, or the class and message of what it threw. A result that is the
   * called handle itself is {@link #HANDLE}, so that the two paths' handles compare equal.
   */
  private record Outcome(Object result, Class<?> thrown, String message) {}

  private static final String HANDLE = "<the handle called>";

  private static Outcome run(LoadedClasses loaded, String contract, Object target, Operation op)
      throws Exception {
    return PinnedIdentity.on(
        op.processor(),
        () -> {
          try {
            Object result = loaded.call(contract, target, op.method(), op.arguments());
            return new Outcome(result == target ? HANDLE : result, null, null);
          } catch (Throwable e) {
            return new Outcome(null, e.getClass(), e.getMessage());
          }
        });
  }

  /**
   * For every seed: a new object from the processor's factory and one from the run-time type, under
   * a pinned identity of {@value #PROCESSORS} processors, driven alike.
   */
  private static void sameBehaviourForEverySeed(
      LoadedClasses loaded,
      String contract,
      ClusteredType<?> declaredType,
      Function<Random, Operation> operations)
      throws Exception {
    try (Processors.Installation machine = PinnedIdentity.install(PROCESSORS)) {
      for (long seed : SEEDS) {
        Object generated = loaded.callStaticUnchecked(contract + "_Factory", "create");
        sameBehaviour(loaded, contract, generated, declaredType.create(), operations, seed);
      }
    }
  }

  private static void sameBehaviour(
      LoadedClasses loaded,
      String contract,
      Object generated,
      Object declared,
      Function<Random, Operation> operations,
      long seed)
      throws Exception {
    assertNotSame(generated.getClass(), declared.getClass());
    Random random = new Random(seed);
    for (int i = 0; i < OPERATIONS; i++) {
      Operation op = operations.apply(random);
      Outcome expected = run(loaded, contract, generated, op);
      Outcome actual = run(loaded, contract, declared, op);
      assertEquals(expected, actual, "operation " + i + " (" + op + "), seed " + seed);
    }
    RootStats generatedStats = ClusteredObjects.stats(generated);
    RootStats declaredStats = ClusteredObjects.stats(declared);
    assertEquals(generatedStats.reps(), declaredStats.reps());
    assertEquals(generatedStats.misses(), declaredStats.misses());
    assertEquals(generatedStats.policy(), declaredStats.policy());
    ClusteredObjects.destroy(generated);
    ClusteredObjects.destroy(declared);
    Operation first = operations.apply(random);
    assertEquals(
        ClusteredObjectDestroyedException.class, run(loaded, contract, generated, first).thrown());
    assertEquals(
        ClusteredObjectDestroyedException.class, run(loaded, contract, declared, first).thrown());
  }

  @Test
  void theCounterBehavesAlikeOnBothPaths() throws Exception {
    Class<Object> contract = contract(loaded, "sample.counter.Counter");
    var type =
        Clustering.of(contract)
            .repClass(loaded.type("sample.counter.CounterRep"))
            .gather("value", Reduce.SUM)
            .broadcast("reset")
            .concurrency(Concurrency.EXCLUSIVE)
            .build();
    sameBehaviourForEverySeed(
        loaded,
        "sample.counter.Counter",
        type,
        random -> {
          int processor = random.nextInt(PROCESSORS);
          return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> new Operation(processor, "increment");
            case 4, 5, 6 -> new Operation(processor, "add", random.nextLong() % 1000);
            case 7, 8 -> new Operation(processor, "value");
            default -> new Operation(processor, "reset");
          };
        });
  }

  @Test
  void theCounterHotSwapsAlikeOnBothPaths() throws Exception {
    Class<Object> contract = contract(loaded, "sample.counter.Counter");
    Class<?> rep = loaded.type("sample.counter.CounterRep");
    Method export = rep.getDeclaredMethod("exportCount");
    Method importer = rep.getDeclaredMethod("importCounts", List.class);
    export.setAccessible(true);
    importer.setAccessible(true);
    var type =
        Clustering.of(contract)
            .repClass(rep)
            .gather("value", Reduce.SUM)
            .broadcast("reset")
            .stateTransfer(
                Object.class, r -> invoke(export, r), (r, states) -> invoke(importer, r, states))
            .build();
    Policy[] cycle = {Policy.SINGLE, Policy.PER_PROCESSOR, Policy.PER_NODE, Policy.PER_PROCESSOR};
    try (Processors.Installation machine = PinnedIdentity.install(PROCESSORS)) {
      Object generated = loaded.callStaticUnchecked("sample.counter.Counter_Factory", "create");
      Object declared = type.create();
      Random random = new Random(99);
      for (Policy policy : cycle) {
        for (int i = 0; i < 200; i++) {
          Operation op = new Operation(random.nextInt(PROCESSORS), "add", random.nextLong() % 100);
          assertEquals(
              run(loaded, "sample.counter.Counter", generated, op),
              run(loaded, "sample.counter.Counter", declared, op));
        }
        ClusteredObjects.hotSwap(generated, policy);
        ClusteredObjects.hotSwap(declared, policy);
        Operation value = new Operation(random.nextInt(PROCESSORS), "value");
        assertEquals(
            run(loaded, "sample.counter.Counter", generated, value),
            run(loaded, "sample.counter.Counter", declared, value),
            "after the swap to " + policy);
        RootStats generatedStats = ClusteredObjects.stats(generated);
        RootStats declaredStats = ClusteredObjects.stats(declared);
        assertEquals(generatedStats.policy(), declaredStats.policy());
        assertEquals(generatedStats.reps(), declaredStats.reps());
        assertEquals(generatedStats.swaps(), declaredStats.swaps());
      }
    }
  }

  private static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theGaugeBehavesAlikeOnBothPaths() throws Exception {
    Class<Object> contract = contract(loaded, "sample.gauge.Gauge");
    var type =
        Clustering.of(contract)
            .repClass(loaded.type("sample.gauge.GaugeRep"))
            .policy(Policy.PER_CLUSTER)
            .clusterSize(2)
            .gather("lowest", Reduce.MIN)
            .gather("highest", Reduce.MAX)
            .gather("readings", Reduce.SUM)
            .gather("busiest", Reduce.MAX)
            .gather("allCalm", Reduce.ALL)
            .gather("anyAlarm", Reduce.ANY)
            .build();
    String[] gathers = {"lowest", "highest", "readings", "busiest", "allCalm", "anyAlarm"};
    sameBehaviourForEverySeed(
        loaded,
        "sample.gauge.Gauge",
        type,
        random -> {
          int processor = random.nextInt(PROCESSORS);
          return random.nextBoolean()
              ? new Operation(processor, "record", random.nextDouble() * 120 - 10)
              : new Operation(processor, gathers[random.nextInt(gathers.length)]);
        });
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void theGenericCacheWithCombinersBehavesAlikeOnBothPaths() throws Exception {
    Class<Object> contract = contract(loaded, "sample.cache.Cache");
    var type =
        Clustering.of(contract)
            .repClass(loaded.type("sample.cache.CacheRep"))
            .concurrency(Concurrency.THREAD_SAFE)
            .broadcast("clear")
            .gather("size", Reduce.SUM)
            .gather("keys", (Class<? extends Combiner>) loaded.type("sample.cache.Union"))
            .gather("longestValue", (Class<? extends Combiner>) loaded.type("sample.cache.Longest"))
            .gather(
                "longestWithPrefix",
                (Class<? extends Combiner>) loaded.type("sample.cache.Longest"),
                String.class)
            .build();
    sameBehaviourForEverySeed(
        loaded,
        "sample.cache.Cache",
        type,
        random -> {
          int processor = random.nextInt(PROCESSORS);
          String key = "k" + random.nextInt(20);
          return switch (random.nextInt(12)) {
            case 0, 1, 2, 3, 4 ->
                new Operation(processor, "put", key, "v".repeat(1 + random.nextInt(9)));
            case 5 -> new Operation(processor, "clear");
            case 6, 7 -> new Operation(processor, "size");
            case 8, 9 -> new Operation(processor, "keys");
            case 10 -> new Operation(processor, "longestValue");
            default -> new Operation(processor, "longestWithPrefix", key);
          };
        });
  }

  @Test
  void defaultBodiesFluentResultsAndRoutedObjectMethodsBehaveAlikeOnBothPaths() throws Exception {
    Class<Object> contract = contract(loaded, "sample.routing.Chain");
    var type =
        Clustering.of(contract)
            .repClass(loaded.type("sample.routing.ChainRep"))
            .gather("total", Reduce.SUM)
            .gather("toString", combiner(loaded.type("sample.routing.Join")))
            .gather("hashCode", Reduce.SUM)
            .build();
    sameBehaviourForEverySeed(
        loaded,
        "sample.routing.Chain",
        type,
        random -> {
          int processor = random.nextInt(PROCESSORS);
          return switch (random.nextInt(10)) {
            case 0, 1, 2 -> new Operation(processor, "add", random.nextLong() % 1000);
            case 3 -> new Operation(processor, "self");
            case 4 -> new Operation(processor, "total");
            case 5, 6 -> new Operation(processor, "busy", random.nextLong() % 3000);
            case 7 -> new Operation(processor, "label");
            case 8 -> new Operation(processor, "toString");
            default -> new Operation(processor, "hashCode");
          };
        });
    // The rule the outcomes above rest on: the default busy() the rep does not override is left
    // to its body on both paths, and add() returns the handle, not the rep.
    try (Processors.Installation machine = PinnedIdentity.install(PROCESSORS)) {
      Object generated = loaded.callStaticUnchecked("sample.routing.Chain_Factory", "create");
      Object declared = type.create();
      for (Object handle : new Object[] {generated, declared}) {
        assertEquals(contract, handle.getClass().getMethod("busy", long.class).getDeclaringClass());
        PinnedIdentity.on(1, () -> loaded.callUnchecked("sample.routing.Chain", handle, "add", 5L));
        PinnedIdentity.on(2, () -> loaded.callUnchecked("sample.routing.Chain", handle, "add", 7L));
        assertEquals(
            true,
            PinnedIdentity.on(
                1, () -> loaded.callUnchecked("sample.routing.Chain", handle, "busy", 11L)),
            "busy(11) sees the total of 12 on " + handle.getClass().getSimpleName());
        assertSame(
            handle,
            PinnedIdentity.on(
                3, () -> loaded.callUnchecked("sample.routing.Chain", handle, "add", 1L)));
        ClusteredObjects.destroy(handle);
      }
    }
  }

  @Test
  void inheritedGenericMembersAndBridgesBehaveAlikeOnBothPaths() throws Exception {
    Class<Object> contract = contract(loaded, "sample.generics.Scores");
    var type =
        Clustering.of(contract)
            .repClass(loaded.type("sample.generics.ScoresRep"))
            .gather("total", Reduce.SUM)
            .gather("peak", Reduce.MAX)
            .build();
    sameBehaviourForEverySeed(
        loaded,
        "sample.generics.Scores",
        type,
        random -> {
          int processor = random.nextInt(PROCESSORS);
          return switch (random.nextInt(8)) {
            case 0, 1, 2, 3 -> new Operation(processor, "add", random.nextLong() % 1000);
            case 4 -> new Operation(processor, "total");
            case 5 -> new Operation(processor, "peak");
            default -> new Operation(processor, "apply", "k".repeat(random.nextInt(5)));
          };
        });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Class<? extends Combiner> combiner(Class<?> type) {
    return (Class<? extends Combiner>) type;
  }

  @Test
  void aRepOfTheGeneratedRepBaseCannotReachTheGeneratedRootOnTheRunTimePath() throws Exception {
    Class<Object> contract = contract(loaded, "sample.cache.Cache");
    Object declared =
        Clustering.of(contract)
            .repClass(loaded.type("sample.cache.CacheRep"))
            .concurrency(Concurrency.THREAD_SAFE)
            .build()
            .create();
    try (Processors.Installation machine = PinnedIdentity.install(PROCESSORS)) {
      // get() of a key the local rep lacks asks siblings() through the generated root's type
      assertThrows(
          ClassCastException.class,
          () -> loaded.call("sample.cache.Cache", declared, "get", "absent"));
      Objects.requireNonNull(declared);
    }
  }
}
