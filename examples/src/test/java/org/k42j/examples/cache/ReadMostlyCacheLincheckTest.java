package org.k42j.examples.cache;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import kotlin.Unit;
import kotlin.reflect.KFunction;
import kotlin.reflect.jvm.ReflectJvmMapping;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.DSLThreadScenario;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.ProcessorIdentity;
import org.k42j.runtime.spi.UniformTopology;

/**
 * Lincheck's model checker explores the interleavings of fixed scenarios, built around the race a
 * replicated cache must get right: a replica filling a key while a put of that key invalidates the
 * replicas. Lincheck's two threads run on two processors (two replicas), the initial and final
 * parts on a third thread that shares a replica with one of them. Every outcome is checked against
 * a sequential map.
 *
 * <p>Fixed scenarios rather than random ones keep the check to seconds and make it find the same
 * interleavings whatever ran before it in the JVM. The last test shows the check is not vacuous: a
 * root that fills replicas outside its lock fails it.
 */
class ReadMostlyCacheLincheckTest {
  @Test
  void getPutAndRemoveAreLinearizable() throws Exception {
    onTwoProcessors(() -> check(CacheOperations.class));
  }

  @Test
  void checkerCatchesAReplicaFilledOutsideTheRootLock() throws Exception {
    onTwoProcessors(
        () -> {
          LincheckAssertionError failure =
              assertThrows(LincheckAssertionError.class, () -> check(UnlockedFillOperations.class));
          assertTrue(
              failure.getMessage().contains("Invalid execution results"), failure.getMessage());
        });
  }

  private static void check(Class<?> operations) {
    KFunction<?> get = operation(operations, "get", int.class);
    KFunction<?> put = operation(operations, "put", int.class, int.class);
    KFunction<?> remove = operation(operations, "remove", int.class);
    new ModelCheckingOptions()
        .iterations(0)
        .invocationsPerIteration(100)
        .minimizeFailedScenario(false)
        // a get racing a put: the fill must not resurrect the value the put replaced
        .addCustomScenario(
            scenario -> {
              scenario.initial(t -> actor(t, put, 1, 1));
              scenario.parallel(
                  threads -> {
                    threads.thread(t -> actors(t, get, new Object[] {1}, get, new Object[] {1}));
                    threads.thread(t -> actor(t, put, 1, 2));
                    return Unit.INSTANCE;
                  });
              scenario.post(t -> actor(t, get, 1));
              return Unit.INSTANCE;
            })
        // a key absent, then put and removed while the other replica fills it
        .addCustomScenario(
            scenario -> {
              scenario.parallel(
                  threads -> {
                    threads.thread(t -> actors(t, get, new Object[] {1}, get, new Object[] {1}));
                    threads.thread(
                        t -> actors(t, put, new Object[] {1, 3}, remove, new Object[] {1}));
                    return Unit.INSTANCE;
                  });
              return Unit.INSTANCE;
            })
        .check(operations);
  }

  private static KFunction<?> operation(Class<?> type, String name, Class<?>... parameters) {
    try {
      Method method = type.getMethod(name, parameters);
      return ReflectJvmMapping.getKotlinFunction(method);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static Unit actor(DSLThreadScenario thread, KFunction<?> function, Object... arguments) {
    thread.actor(function, arguments);
    return Unit.INSTANCE;
  }

  /** Two actors, one after the other. */
  private static Unit actors(
      DSLThreadScenario thread,
      KFunction<?> first,
      Object[] firstArguments,
      KFunction<?> second,
      Object[] secondArguments) {
    thread.actor(first, firstArguments);
    thread.actor(second, secondArguments);
    return Unit.INSTANCE;
  }

  private static void onTwoProcessors(ThrowingRunnable check) throws Exception {
    Processors.Installation previous =
        Processors.install(new LincheckThreadIdentity(), UniformTopology.single());
    try {
      check.run();
    } finally {
      previous.close();
    }
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  /**
   * Two processors: Lincheck's parallel thread {@code i} runs on processor {@code i}, every other
   * thread (the initial and final parts) on processor 1. Decided by Lincheck's thread names ({@code
   * Lincheck-...-0}, {@code -1}) rather than by thread ids, so the mapping does not depend on how
   * many threads the JVM made before.
   */
  private static final class LincheckThreadIdentity implements ProcessorIdentity {
    @Override
    public int count() {
      return 2;
    }

    @Override
    public int current() {
      String name = Thread.currentThread().getName();
      return name.startsWith("Lincheck") && name.endsWith("-0") ? 0 : 1;
    }
  }

  /** The operations Lincheck runs on a fresh cache per invocation. */
  public static class CacheOperations {
    private final ReadMostlyCache<Integer, Integer> cache = ReadMostlyCache_Factory.create();

    @Operation
    public Integer get(int key) {
      return cache.get(key);
    }

    @Operation
    public void put(int key, int value) {
      cache.put(key, value);
    }

    @Operation
    public void remove(int key) {
      cache.remove(key);
    }
  }

  /**
   * The same operations on a cache whose replicas fill outside the root's lock: the root's entry is
   * read under the lock, but copied into the replica after releasing it, so a put that runs in
   * between invalidates before the stale copy lands. Not linearizable, on purpose.
   */
  public static class UnlockedFillOperations {
    private final Object lock = new Object();
    private final java.util.Map<Integer, Integer> store = new java.util.HashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<Integer, Integer>[] replicas =
        newReplicas();

    @SuppressWarnings("unchecked")
    private static java.util.concurrent.ConcurrentHashMap<Integer, Integer>[] newReplicas() {
      return new java.util.concurrent.ConcurrentHashMap[] {
        new java.util.concurrent.ConcurrentHashMap<>(),
        new java.util.concurrent.ConcurrentHashMap<>()
      };
    }

    @Operation
    public Integer get(int key) {
      var replica = replicas[Processors.current()];
      Integer cached = replica.get(key);
      if (cached != null) {
        return cached == 0 ? null : cached;
      }
      Integer value;
      synchronized (lock) {
        value = store.get(key);
      }
      replica.put(key, value == null ? 0 : value);
      return value;
    }

    @Operation
    public void put(int key, int value) {
      synchronized (lock) {
        store.put(key, value);
        for (var replica : replicas) {
          replica.remove(key);
        }
      }
    }

    @Operation
    public void remove(int key) {
      synchronized (lock) {
        store.remove(key);
        for (var replica : replicas) {
          replica.remove(key);
        }
      }
    }
  }
}
