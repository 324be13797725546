package org.k42j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.k42j.runtime.Processors;
import org.k42j.runtime.lifecycle.Request;
import org.k42j.runtime.lifecycle.Requests;
import org.k42j.runtime.quiescence.Quiescence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What quiescence costs on the hit path: the dispatch benchmark's trivial method ({@link
 * Probe#mix}) called through the generated dispatcher as it is, against the same call counted the
 * ways quiescence could count it.
 *
 * <ul>
 *   <li>{@code direct}: on the rep itself, the floor (as in {@code DispatchBenchmark}).
 *   <li>{@code clustered}: the current dispatch, outside any request.
 *   <li>{@code clusteredInRequest}: the same call while the thread is inside a request: k42j's
 *       design counts requests, not calls, so this must cost what {@code clustered} costs.
 *   <li>{@code request16}: a whole request of 16 calls (enter, 16 calls, exit), reported per call,
 *       against {@code clustered16}, the same 16 calls without the request: what the request's own
 *       two atomic instructions add when spread over a small request.
 *   <li>{@code perCallCounted}: each call counted on its own (a processor stripe's activity counter
 *       incremented before and decremented after it), which is what quiescence would cost if the
 *       dispatcher counted calls instead of requests.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QuiescenceBenchmark {
  private static final int REQUEST_CALLS = 16;

  /** Per thread: a request held open for the whole of each iteration. */
  @State(Scope.Thread)
  public static class OpenRequest {
    Request open;

    @Setup(Level.Iteration)
    public void enter() {
      open = Requests.enter();
    }

    @TearDown(Level.Iteration)
    public void leave() {
      open.close();
    }
  }

  // The states are the dispatch benchmark's: one clustered Probe for all threads, and per thread
  // its processor's rep and the argument sequence.

  @Benchmark
  public long direct(DispatchBenchmark.PerThread thread) {
    return thread.direct.mix(thread.argument());
  }

  @Benchmark
  public long clustered(DispatchBenchmark.Shared shared, DispatchBenchmark.PerThread thread) {
    return shared.clustered.mix(thread.argument());
  }

  /** Every iteration of this method runs inside the request {@code request} opened. */
  @Benchmark
  public long clusteredInRequest(
      DispatchBenchmark.Shared shared, DispatchBenchmark.PerThread thread, OpenRequest request) {
    return shared.clustered.mix(thread.argument());
  }

  @Benchmark
  @OperationsPerInvocation(REQUEST_CALLS)
  public long clustered16(DispatchBenchmark.Shared shared, DispatchBenchmark.PerThread thread) {
    long sum = 0;
    for (int i = 0; i < REQUEST_CALLS; i++) {
      sum += shared.clustered.mix(thread.argument());
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(REQUEST_CALLS)
  public long request16(DispatchBenchmark.Shared shared, DispatchBenchmark.PerThread thread) {
    long sum = 0;
    try (Request request = Requests.enter()) {
      for (int i = 0; i < REQUEST_CALLS; i++) {
        sum += shared.clustered.mix(thread.argument());
      }
    }
    return sum;
  }

  @Benchmark
  public long perCallCounted(DispatchBenchmark.Shared shared, DispatchBenchmark.PerThread thread) {
    Quiescence quiescence = Quiescence.global();
    int counter = quiescence.enter(Processors.current());
    try {
      return shared.clustered.mix(thread.argument());
    } finally {
      quiescence.exit(counter);
    }
  }
}
