package org.k42j.runtime.lincheck;

import org.jetbrains.lincheck.datastructures.LongGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.Processors;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;

/**
 * Lincheck checks the fixture Counter (exclusive per-processor reps behind guards, a SUM gather)
 * against a plain sequential counter, with Lincheck's default of two threads. Four thread slots
 * usually put Lincheck's threads on distinct slots (slots follow thread ids), so calls go to
 * several reps and the gather visits them while they change.
 *
 * <p>With two threads the gather is linearizable: while it runs at most one other rep changes. With
 * three it is not; see {@link GatherSnapshotLincheckTest}. Iterations and invocations are bounded
 * so that each check takes seconds.
 */
@Param(name = "delta", gen = LongGen.class, conf = "1:3")
public class CounterLincheckTest {
  private final Counter counter = Counter_Factory.create();

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

  @Test
  void counterIsLinearizableUnderModelChecking() {
    try (var machine = Processors.install(new ThreadSlotIdentity(4), UniformTopology.single())) {
      new ModelCheckingOptions()
          .iterations(6)
          .invocationsPerIteration(100)
          .sequentialSpecification(SequentialCounter.class)
          .check(CounterLincheckTest.class);
    }
  }

  @Test
  void counterIsLinearizableUnderStress() {
    try (var machine = Processors.install(new ThreadSlotIdentity(4), UniformTopology.single())) {
      new StressOptions()
          .iterations(3)
          .invocationsPerIteration(100)
          .sequentialSpecification(SequentialCounter.class)
          .check(CounterLincheckTest.class);
    }
  }
}
