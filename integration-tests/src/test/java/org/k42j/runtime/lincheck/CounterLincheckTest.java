package org.k42j.runtime.lincheck;

import java.lang.reflect.Method;
import kotlin.Unit;
import kotlin.reflect.KFunction;
import kotlin.reflect.jvm.ReflectJvmMapping;
import org.jetbrains.lincheck.datastructures.DSLThreadScenario;
import org.jetbrains.lincheck.datastructures.LongGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;
import org.jetbrains.lincheck.datastructures.Validate;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.Processors;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.internal.DispatcherBase;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;

/**
 * Lincheck checks the fixture Counter (exclusive per-processor reps behind guards, a SUM gather)
 * against a plain sequential counter, with Lincheck's default of two threads. Each updating
 * operation puts its Lincheck thread on the processor with the thread's index (a {@link
 * DeclaredIdentity}, which never moves a thread), so the two parallel threads update two reps and
 * the gather visits them while they change. A fixed scenario in which both parallel threads update
 * (and one then gathers) checks after every invocation that the updates went to two reps, so the
 * check cannot pass with every call on one rep (as when threads share a slot).
 *
 * <p>With two threads the gather is linearizable: while it runs at most one other rep changes. With
 * three it is not; see {@link GatherSnapshotLincheckTest}. The identity is installed outside {@code
 * check()}: Lincheck restores static state after each invocation. Iterations and invocations are
 * bounded so that each check takes seconds.
 */
@Param(name = "delta", gen = LongGen.class, conf = "1:3")
public class CounterLincheckTest {
  /**
   * Lincheck's thread indexes ({@link ThreadIdGen}): the two parallel threads and the threads of
   * the initial and final parts.
   */
  private static final int PROCESSORS = 4;

  final Counter counter = Counter_Factory.create();

  @Operation
  public void increment(@Param(gen = ThreadIdGen.class) int thread) {
    DeclaredIdentity.declare(thread);
    counter.increment();
  }

  @Operation
  public void add(@Param(gen = ThreadIdGen.class) int thread, @Param(name = "delta") long delta) {
    DeclaredIdentity.declare(thread);
    counter.add(delta);
  }

  @Operation
  public long value() {
    return counter.value();
  }

  /**
   * The operations, run in a fixed scenario in which both parallel threads update (on processors 1
   * and 2) and one then gathers, checking after every invocation that the updates went to two reps.
   */
  public static class TwoUpdaters extends CounterLincheckTest {
    @Validate
    public void theUpdatesWentToTwoReps() {
      int reps = DispatcherBase.rootOf(counter).reps().size();
      if (reps != 2) {
        throw new IllegalStateException("two threads updated through " + reps + " reps");
      }
    }
  }

  @Test
  void counterIsLinearizableUnderModelChecking() throws Exception {
    check(new ModelCheckingOptions().iterations(5).invocationsPerIteration(100), false);
    check(new ModelCheckingOptions().iterations(0).invocationsPerIteration(50), true);
  }

  @Test
  void counterIsLinearizableUnderStress() throws Exception {
    check(new StressOptions().iterations(3).invocationsPerIteration(100), false);
    check(new StressOptions().iterations(0).invocationsPerIteration(100), true);
  }

  /** Checks random scenarios, or only the fixed scenario of {@link TwoUpdaters}. */
  private static void check(Options<?, ?> options, boolean twoUpdaters) throws Exception {
    KFunction<?> increment = operation("increment", int.class);
    KFunction<?> add = operation("add", int.class, long.class);
    KFunction<?> value = operation("value");
    try (var machine =
        Processors.install(new DeclaredIdentity(PROCESSORS), UniformTopology.single())) {
      if (!twoUpdaters) {
        options.sequentialSpecification(SequentialCounter.class).check(CounterLincheckTest.class);
        return;
      }
      options
          .sequentialSpecification(SequentialCounter.class)
          .addCustomScenario(
              scenario -> {
                scenario.parallel(
                    threads -> {
                      // Explicit processors: ThreadIdGen fills in thread indexes only in
                      // generated scenarios.
                      threads.thread(
                          t -> {
                            actor(t, increment, 1);
                            return actor(t, value);
                          });
                      threads.thread(t -> actor(t, add, 2, 2L));
                      return Unit.INSTANCE;
                    });
                return Unit.INSTANCE;
              })
          .check(TwoUpdaters.class);
    }
  }

  private static KFunction<?> operation(String name, Class<?>... parameters)
      throws NoSuchMethodException {
    Method method = CounterLincheckTest.class.getMethod(name, parameters);
    return ReflectJvmMapping.getKotlinFunction(method);
  }

  private static Unit actor(DSLThreadScenario thread, KFunction<?> function, Object... arguments) {
    thread.actor(function, arguments);
    return Unit.INSTANCE;
  }
}
