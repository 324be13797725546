package org.k42j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A service under a fixed total of work spread over more threads than cores: the counter, the three
 * ported services and the request statistics, each as the locked original, clustered with exclusive
 * reps, with thread-safe reps and adaptive (and the counter as {@code LongAdder}), at 1, 2, 8 and
 * 64 platform threads and 10,000 virtual threads, on a quiet host and with a spinning thread per
 * core beside them.
 *
 * <p>JMH's own threads cannot express 64 or 10,000 callers per parameter, and virtual threads not
 * at all, so JMH runs one thread here and the callers are a harness ({@link Callers}): each
 * invocation is one shot of {@link #calls} calls split evenly over the callers, timed from their
 * common release (all of them already started and waiting, outside the timed part) until the last
 * one finishes. The score is single-shot time per invocation; the report divides it by the calls
 * for the time per call of the whole group, so throughput is its inverse. After every shot the
 * service's totals are checked exactly (outside the timed part); a shot that takes longer than
 * {@value #BOUND_SECONDS} s stops and fails the point, so a pathological form cannot hold the run
 * for hours.
 *
 * <p>Run it through {@link OversubscriptionMain}, which runs one service at one load per command
 * and writes its table into docs/performance.md.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class OversubscriptionBenchmark {
  @Param({"counter", "metrics", "cache", "ids", "stats"})
  public String service;

  @Param({"locked", "exclusive", "thread-safe", "adaptive"})
  public String form;

  @Param({"1", "2", "8", "64", "virtual-10000"})
  public String callers;

  /** {@code quiet}, or {@code busy}: a spinning thread per core runs beside the callers. */
  @Param({"quiet", "busy"})
  public String load;

  /** The fixed total of calls of one shot, over all callers. */
  @Param({"1048576"})
  public long calls;

  /** How long one shot may take before it stops and the point fails. */
  static final int BOUND_SECONDS = 20;

  private BackgroundLoad background;
  private ServiceLoad serviceLoad;
  private Callers harness;
  private long callsMade;

  @Setup(Level.Trial)
  public void start() {
    CallerCount count = CallerCount.parse(callers);
    if (count.virtual() && !Callers.VirtualThreads.available()) {
      throw new UnsupportedOperationException(Callers.VirtualThreads.unavailableReason());
    }
    switch (load) {
      case "quiet":
        break;
      case "busy":
        background = BackgroundLoad.onEveryCore();
        break;
      default:
        throw new IllegalArgumentException("load is quiet or busy, got " + load);
    }
    serviceLoad = ServiceLoad.of(service, ServiceForm.ofParam(form));
    harness =
        new Callers(count, serviceLoad::caller, calls, TimeUnit.SECONDS.toNanos(BOUND_SECONDS));
  }

  @Setup(Level.Invocation)
  public void arm() throws InterruptedException {
    harness.arm();
  }

  @Benchmark
  public void shot() throws InterruptedException {
    harness.fire();
  }

  @TearDown(Level.Invocation)
  public void check() {
    harness.disarm();
    callsMade += calls;
    serviceLoad.check(callsMade);
  }

  @TearDown(Level.Trial)
  public void stop() throws InterruptedException {
    if (harness != null) {
      harness.close();
    }
    if (serviceLoad != null) {
      serviceLoad.close();
    }
    if (background != null) {
      background.close();
    }
  }
}
