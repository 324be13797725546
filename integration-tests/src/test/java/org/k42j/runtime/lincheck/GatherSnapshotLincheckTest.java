package org.k42j.runtime.lincheck;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import kotlin.Unit;
import kotlin.reflect.KFunction;
import kotlin.reflect.jvm.ReflectJvmMapping;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.LongGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.Processors;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.internal.DispatcherBase;
import org.k42j.runtime.internal.RootCore;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;

/**
 * What a SUM gather promises with three threads. It visits reps one after another, so when two
 * other threads update two different reps, one after the other, it can read the first rep before
 * its update and the second after: a total the counter never had (as {@code LongAdder.sum()}). It
 * is quiescently consistent: once updates stop, it returns the exact total. A counter that only
 * increments by one stays linearizable with three threads.
 */
@Param(name = "delta", gen = LongGen.class, conf = "1:3")
public class GatherSnapshotLincheckTest {
  private static final int SLOTS = 4;

  private final Counter counter = Counter_Factory.create();

  /**
   * Creates the rep of every slot up front: a gather visits the rep slots that exist when it
   * starts, so the reps that change under it must exist before it. (JUnit also makes an instance,
   * before the test installs its identity; that one covers the processors of the default.)
   */
  public GatherSnapshotLincheckTest() {
    for (int processor = 0; processor < Math.min(SLOTS, Processors.count()); processor++) {
      RootCore.of(DispatcherBase.rootOf(counter)).miss(processor);
    }
  }

  @Operation
  public void increment() {
    counter.increment();
  }

  @Operation
  public void add(@Param(name = "delta") long delta) {
    counter.add(delta);
  }

  @Operation
  public long value() {
    return counter.value();
  }

  private static KFunction<?> operation(String name, Class<?>... parameters)
      throws NoSuchMethodException {
    Method method = GatherSnapshotLincheckTest.class.getMethod(name, parameters);
    return ReflectJvmMapping.getKotlinFunction(method);
  }

  @Test
  void aGatherRacingTwoOrderedUpdatesOfTwoRepsCanSeeATotalThatNeverExisted() throws Exception {
    KFunction<?> increment = operation("increment");
    KFunction<?> add = operation("add", long.class);
    KFunction<?> value = operation("value");
    try (var machine =
        Processors.install(new ThreadSlotIdentity(SLOTS), UniformTopology.single())) {
      LincheckAssertionError found =
          assertThrows(
              LincheckAssertionError.class,
              () ->
                  new ModelCheckingOptions()
                      .iterations(0)
                      .invocationsPerIteration(1000)
                      .minimizeFailedScenario(false)
                      .sequentialSpecification(SequentialCounter.class)
                      .addCustomScenario(
                          scenario -> {
                            scenario.parallel(
                                threads -> {
                                  threads.thread(t -> actor(t, value));
                                  threads.thread(t -> actor(t, increment));
                                  threads.thread(t -> actor(t, add, 3L));
                                  return Unit.INSTANCE;
                                });
                            return Unit.INSTANCE;
                          })
                      .check(GatherSnapshotLincheckTest.class));
      assertTrue(found.getMessage().contains("Invalid execution results"), found.getMessage());
    }
  }

  private static Unit actor(
      org.jetbrains.lincheck.datastructures.DSLThreadScenario thread,
      KFunction<?> function,
      Object... arguments) {
    thread.actor(function, arguments);
    return Unit.INSTANCE;
  }

  /**
   * Increments only, on three threads each on a processor of its own: a gather then lies between
   * the counts at its start and end, and the count passes through every integer in between, so the
   * counter is linearizable. (Lincheck's {@code QuiescentConsistencyVerifier} is not the check for
   * the general case: it keeps the real-time order of the updates among themselves, which the
   * gather above breaks.)
   */
  public static class IncrementOnly {
    /** Lincheck's thread indexes: three parallel threads and the initial and final parts. */
    static final int PROCESSORS = 5;

    private final Counter counter = Counter_Factory.create();

    @Operation
    public void increment(@Param(gen = ThreadIdGen.class) int thread) {
      DeclaredIdentity.declare(thread);
      counter.increment();
    }

    @Operation
    public long value() {
      return counter.value();
    }
  }

  @Test
  void anIncrementOnlyCounterIsLinearizableWithThreeThreads() {
    try (var machine =
        Processors.install(
            new DeclaredIdentity(IncrementOnly.PROCESSORS), UniformTopology.single())) {
      new ModelCheckingOptions()
          .threads(3)
          .actorsPerThread(2)
          .iterations(3)
          .invocationsPerIteration(60)
          .sequentialSpecification(SequentialCounter.class)
          .check(IncrementOnly.class);
    }
  }
}
