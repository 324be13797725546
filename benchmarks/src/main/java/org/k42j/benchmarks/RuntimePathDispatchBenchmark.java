package org.k42j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.k42j.annotations.Concurrency;
import org.k42j.runtime.clustering.Clustering;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The hit path of the two ways to build one clustered object: the processor's {@code
 * Probe_Dispatcher} against the dispatcher the run-time path generates for the same declaration
 * ({@link Probe}, thread-safe {@link ProbeRep}). The run-time dispatcher reads its row as {@code
 * Object[]} and casts the entry to the contract; everything else (processor id, row, entry, call)
 * is the same. {@code trivial} calls {@link Probe#mix}, {@code realistic} a rep-local hash-table
 * hit ({@link Probe#lookup}); see {@link DispatchBenchmark} for the plain-call baselines.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RuntimePathDispatchBenchmark {

  /** The clustered object every thread calls, built by the path under test. */
  @State(Scope.Benchmark)
  public static class Shared {
    @Param({"processor", "run-time"})
    public String path;

    Probe probe;

    @Setup
    public void create() {
      probe =
          path.equals("processor")
              ? Probe_Factory.create()
              : Clustering.of(Probe.class)
                  .repClass(ProbeRep.class)
                  .concurrency(Concurrency.THREAD_SAFE)
                  .build()
                  .create();
    }
  }

  /** Per thread: the argument sequence. */
  @State(Scope.Thread)
  public static class PerThread {
    long next;

    long argument() {
      return next++;
    }

    long key() {
      return ProbeRep.key((int) (next++ & (ProbeRep.ENTRIES - 1)));
    }
  }

  @Benchmark
  public long trivial(Shared shared, PerThread thread) {
    return shared.probe.mix(thread.argument());
  }

  @Benchmark
  public long realistic(Shared shared, PerThread thread) {
    return shared.probe.lookup(thread.key());
  }
}
