package org.k42j.examples;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.k42j.examples.counter.Counter;
import org.k42j.examples.stats.RequestStats;
import org.k42j.examples.stats.StatsSnapshot;
import org.k42j.examples.stats.SyntheticTraffic;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.DedicatedThreadIdentity;
import org.k42j.runtime.spi.UniformTopology;

/**
 * Measures one {@link DemoForm} the way the benchmarks do: alone in its own JVM (the demo starts
 * one per form), so every call site sees one class and the JIT compiles it as in a service that
 * uses only that form; warmed up by {@value #WARM_UP_RUNS} runs of the whole work, then timed over
 * {@value #MEASURED_RUNS} samples, reporting the median. A sample repeats the whole work, on a new
 * instance each time, until it has lasted at least {@value #SAMPLE_MILLIS} ms, so that a short run
 * (4 million increments take about 20 ms) is not decided by one descheduling. Every run's total is
 * checked; the last run's total (the counter's value, or the statistics' snapshot) goes to the
 * demo, which compares them.
 *
 * <pre>
 * java -cp ... org.k42j.examples.DemoMeasurement FORM THREADS TOTAL_OPS
 * </pre>
 *
 * <p>Prints one line, {@value #RESULT_PREFIX} followed by the median operations per second and the
 * check ({@code total=N} for a counter, {@code snapshot=...} for statistics).
 */
public final class DemoMeasurement {
  static final String RESULT_PREFIX = "k42j-demo-result ";
  static final int WARM_UP_RUNS = 3;
  static final int MEASURED_RUNS = 5;
  static final int SAMPLE_MILLIS = 200;
  static final long TRAFFIC_SEED = 0x4B42_4A00L;

  private final DemoForm form;
  private final int threads;
  private final long totalOps;

  DemoMeasurement(DemoForm form, int threads, long totalOps) {
    if (threads < 1 || totalOps < threads) {
      throw new IllegalArgumentException(
          "need at least one thread and one operation per thread, got "
              + threads
              + " threads and "
              + totalOps
              + " operations");
    }
    this.form = form;
    this.threads = threads;
    this.totalOps = totalOps;
  }

  /** Arguments: {@code FORM THREADS TOTAL_OPS}. */
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: DemoMeasurement FORM THREADS TOTAL_OPS");
    }
    DemoMeasurement measurement =
        new DemoMeasurement(
            DemoForm.ofArgument(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]));
    System.out.println(RESULT_PREFIX + measurement.measure());
  }

  /** The operations thread {@code index} makes: an even share of the total. */
  static long share(long total, int threads, int index) {
    return total / threads + (index < total % threads ? 1 : 0);
  }

  /** Warms up, measures, and returns {@code <ops/s> <check>}. */
  String measure() throws InterruptedException {
    for (int run = 0; run < WARM_UP_RUNS; run++) {
      runChecked();
    }
    double[] opsPerSecond = new double[MEASURED_RUNS];
    long sampleNanos = TimeUnit.MILLISECONDS.toNanos(SAMPLE_MILLIS);
    for (int sample = 0; sample < MEASURED_RUNS; sample++) {
      long nanos = 0;
      long ops = 0;
      while (nanos < sampleNanos) {
        nanos += runChecked().nanos;
        ops += totalOps;
      }
      opsPerSecond[sample] = ops * 1e9 / nanos;
    }
    Arrays.sort(opsPerSecond);
    return String.format(Locale.ROOT, "%.0f %s", opsPerSecond[MEASURED_RUNS / 2], check);
  }

  /** The check every run must give: the first run's. */
  private String check;

  /** One run of the whole work, checked against the first run's total. */
  private Run runChecked() throws InterruptedException {
    Run result = form.service == DemoForm.Service.COUNTER ? count() : replay();
    if (check != null && !check.equals(result.check)) {
      throw new IllegalStateException(
          form.label + ": a run gave " + result.check + ", the first one " + check);
    }
    check = result.check;
    return result;
  }

  private record Run(long nanos, String check) {}

  private Run count() throws InterruptedException {
    try (Placement placement = place()) {
      Counter counter = form.newCounter();
      long nanos =
          placement.timed(
              thread -> {
                for (long i = share(totalOps, threads, thread); i > 0; i--) {
                  counter.increment();
                }
              });
      long value = counter.value();
      dispose(counter);
      return new Run(nanos, "total=" + value);
    }
  }

  /** Every thread replays its own seeded request stream, the same streams for every form. */
  private Run replay() throws InterruptedException {
    try (Placement placement = place()) {
      RequestStats stats = form.newStats();
      long nanos =
          placement.timed(
              thread -> {
                SyntheticTraffic traffic = new SyntheticTraffic(TRAFFIC_SEED + thread);
                for (long i = share(totalOps, threads, thread); i > 0; i--) {
                  traffic.recordNext(stats);
                }
              });
      StatsSnapshot snapshot = stats.snapshot();
      dispose(stats);
      return new Run(nanos, "snapshot=" + digest(snapshot));
    }
  }

  /** The snapshot in one token: every endpoint's count, errors, latency sum and maximum. */
  static String digest(StatsSnapshot snapshot) {
    StringBuilder digest = new StringBuilder().append(snapshot.totalRequests());
    snapshot
        .endpoints()
        .forEach(
            (endpoint, stats) ->
                digest
                    .append(';')
                    .append(endpoint.replace(' ', '_'))
                    .append(':')
                    .append(stats.count())
                    .append(',')
                    .append(stats.errors())
                    .append(',')
                    .append(stats.totalLatencyNanos())
                    .append(',')
                    .append(stats.maxLatencyNanos()));
    return digest.toString();
  }

  private void dispose(Object instance) {
    if (form.clustered) {
      ClusteredObjects.destroy(instance);
    }
  }

  private Placement place() {
    return form.dedicated ? new DedicatedPlacement(threads) : new PlainPlacement(threads);
  }

  /** The threads a form runs on, set up before its instance is created and undone after. */
  private interface Placement extends AutoCloseable {
    /** Runs {@code task} on every thread at once; the wall-clock nanoseconds it took. */
    long timed(IntConsumer task) throws InterruptedException;

    @Override
    void close();
  }

  /** Plain threads under the default identity (threads map to processor slots). */
  private record PlainPlacement(int threads) implements Placement {
    @Override
    public long timed(IntConsumer task) throws InterruptedException {
      return ParallelRun.timed(threads, task);
    }

    @Override
    public void close() {}
  }

  /**
   * One processor per worker thread, each worker bound to its own for the run, and one more for the
   * thread that sets up and reads the totals (gathers are calls too).
   */
  private static final class DedicatedPlacement implements Placement {
    private final int threads;
    private final DedicatedThreadIdentity identity;
    private final Processors.Installation installation;
    private final DedicatedThreadIdentity.Binding setupThread;

    DedicatedPlacement(int threads) {
      this.threads = threads;
      this.identity = new DedicatedThreadIdentity(threads + 1);
      this.installation = Processors.install(identity, UniformTopology.single());
      this.setupThread = identity.bind(threads);
    }

    @Override
    public long timed(IntConsumer task) throws InterruptedException {
      return ParallelRun.timed(
          threads,
          thread -> {
            try (var binding = identity.bind(thread)) {
              task.accept(thread);
            }
          });
    }

    @Override
    public void close() {
      setupThread.close();
      installation.close();
    }
  }
}
