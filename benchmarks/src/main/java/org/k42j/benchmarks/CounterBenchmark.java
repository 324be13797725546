package org.k42j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.k42j.examples.counter.Counter;
import org.k42j.runtime.spi.DedicatedThreadIdentity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Counters, all threads on one counter, under three mixes: {@code incrementOnly} (the increment
 * path alone), {@code incrementHeavy} (15 increments, then one read of the total, repeating) and
 * {@code readHeavy} (one increment, then 15 reads). Each parameter value runs in its own JVM, so
 * every call site sees one counter class.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CounterBenchmark {
  /** Every 16th operation is the minority operation of the mix. */
  static final int MIX_PERIOD_MASK = 15;

  /** The counter every thread uses. */
  @State(Scope.Benchmark)
  public static class Shared {
    @Param({
      "atomic-long",
      "long-adder",
      "synchronized",
      "clustered-per-processor-exclusive",
      "clustered-per-processor-exclusive-dedicated",
      "clustered-per-processor-thread-safe",
      "clustered-single-thread-safe",
      "clustered-single-exclusive"
    })
    public String impl;

    Counter counter;
    DedicatedThreads dedicated; // for a dedicated-threads kind, else null

    @Setup
    public void create() {
      CounterKind kind = CounterKind.ofParam(impl);
      dedicated = kind.dedicatedThreads() ? new DedicatedThreads() : null;
      counter = kind.create();
    }

    @TearDown
    public void restoreIdentity() {
      if (dedicated != null) {
        dedicated.close();
      }
    }
  }

  /** Per thread: the position in the mix, and the thread's processor under dedicated threads. */
  @State(Scope.Thread)
  public static class PerThread {
    int tick;
    DedicatedThreadIdentity.Binding binding;

    @Setup
    public void bind(Shared shared) {
      if (shared.dedicated != null) {
        binding = shared.dedicated.bindCurrentThread();
      }
    }

    @TearDown
    public void unbind() {
      if (binding != null) {
        binding.close();
      }
    }
  }

  // Every benchmark takes PerThread, so that under dedicated threads each thread binds first.
  @Benchmark
  public void incrementOnly(Shared shared, PerThread thread) {
    shared.counter.increment();
  }

  @Benchmark
  public void incrementHeavy(Shared shared, PerThread thread, Blackhole blackhole) {
    if ((++thread.tick & MIX_PERIOD_MASK) == 0) {
      blackhole.consume(shared.counter.value());
    } else {
      shared.counter.increment();
    }
  }

  @Benchmark
  public void readHeavy(Shared shared, PerThread thread, Blackhole blackhole) {
    if ((++thread.tick & MIX_PERIOD_MASK) == 0) {
      shared.counter.increment();
    } else {
      blackhole.consume(shared.counter.value());
    }
  }
}
