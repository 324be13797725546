package org.k42j.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.k42j.examples.counter.Counter;
import org.k42j.examples.counter.PartitionedCounter_Factory;
import org.k42j.examples.counter.SharedCounter;
import org.k42j.examples.counter.ThreadSafePartitionedCounter_Factory;
import org.k42j.examples.stats.ClusteredRequestStats_Factory;
import org.k42j.examples.stats.RequestStats;
import org.k42j.examples.stats.StatsSnapshot;
import org.k42j.examples.stats.SynchronizedRequestStats;
import org.k42j.examples.stats.SyntheticTraffic;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.DedicatedThreadIdentity;
import org.k42j.runtime.spi.UniformTopology;

/**
 * The README demo: runs the shared and the clustered forms of the counter and of the request
 * statistics on the same threads with the same work, checks that every form's totals are exact, and
 * prints each form's throughput next to its shared form's.
 *
 * <pre>
 * mvn -q -B compile exec:java -pl examples -am                          # one thread per core
 * mvn -q -B compile exec:java -pl examples -am -Dexec.args="8 500000"   # 8 threads x 500,000 ops
 * </pre>
 *
 * <p>Clustered forms run twice: on plain threads under the default identity (threads map to
 * processor slots, exclusive reps are guarded), and on dedicated threads, each bound to a processor
 * of its own ({@link DedicatedThreadIdentity}), where exclusive per-processor reps have no guard
 * and their methods are plain sequential code, as on a K42 processor.
 *
 * <p>Each form first runs the whole work {@value #WARM_UP_RUNS} times to warm up (the JIT needs a
 * few million calls to compile a clustered call path fully), then the measured run. The numbers are
 * a smoke test of the hit path, not a benchmark: they depend on the machine, its load and the JIT.
 * Any inexact total fails the demo with an exception.
 */
public final class Demo {
  private static final int DEFAULT_OPS = 2_000_000;
  private static final int WARM_UP_RUNS = 2;
  private static final String USAGE =
      "usage: Demo [threads [opsPerThread]] (defaults: one thread per core, " + DEFAULT_OPS + ")";
  private static final long TRAFFIC_SEED = 0x4B42_4A00L;

  private final int threads;
  private final int ops;
  private final long expected;
  private final List<String> problems = new ArrayList<>();

  private Demo(int threads, int ops) {
    this.threads = threads;
    this.ops = ops;
    this.expected = (long) threads * ops;
  }

  /** Runs the demo; arguments: {@code [threads [opsPerThread]]}. */
  public static void main(String[] args) throws InterruptedException {
    if (args.length > 2) {
      throw new IllegalArgumentException(USAGE);
    }
    int threads =
        args.length > 0 ? positive(args[0], "threads") : Runtime.getRuntime().availableProcessors();
    int ops = args.length > 1 ? positive(args[1], "opsPerThread") : DEFAULT_OPS;
    new Demo(threads, ops).run();
  }

  private void run() throws InterruptedException {
    System.out.printf(
        Locale.ROOT,
        "k42j demo: %d threads x %,d ops, %d processor slots (%s)%n%n",
        threads,
        ops,
        Processors.count(),
        Processors.identity());
    System.out.printf(
        Locale.ROOT,
        "%-8s %-32s %12s %10s  %s%n",
        "service",
        "form",
        "ops/s",
        "vs shared",
        "check");

    Measured<Long> shared =
        measureCounter(Form.plain("shared (AtomicLong)", SharedCounter::new, false));
    counterRow(shared, shared);
    counterRow(measureCounter(Form.plain("JDK LongAdder", AdderCounter::new, false)), shared);
    counterRow(
        measureCounter(
            Form.plain("clustered, exclusive rep", PartitionedCounter_Factory::create, true)),
        shared);
    counterRow(
        measureCounter(
            Form.plain(
                "clustered, thread-safe rep", ThreadSafePartitionedCounter_Factory::create, true)),
        shared);
    counterRow(
        measureCounter(
            Form.dedicated("clustered, exclusive, dedicated", PartitionedCounter_Factory::create)),
        shared);

    Measured<StatsSnapshot> locked =
        measureStats(Form.plain("shared (synchronized)", SynchronizedRequestStats::new, false));
    statsRow(locked, locked);
    statsRow(
        measureStats(
            Form.plain("clustered, exclusive rep", ClusteredRequestStats_Factory::create, true)),
        locked);
    statsRow(
        measureStats(
            Form.dedicated(
                "clustered, exclusive, dedicated", ClusteredRequestStats_Factory::create)),
        locked);

    System.out.println();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("totals were not exact: " + String.join("; ", problems));
    }
    System.out.println(
        "Every total is exact: each counter counted threads x ops, and the clustered statistics"
            + " equal the synchronized ones, endpoint by endpoint.");
  }

  // --- counter -------------------------------------------------------------------------------

  private Measured<Long> measureCounter(Form<Counter> form) throws InterruptedException {
    for (int run = 0; run < WARM_UP_RUNS; run++) {
      countOn(form, ops);
    }
    return countOn(form, ops);
  }

  private Measured<Long> countOn(Form<Counter> form, int opsPerThread) throws InterruptedException {
    try (Placement placement = form.place(threads)) {
      Counter counter = form.create.get();
      long nanos =
          placement.timed(
              thread -> {
                for (int i = 0; i < opsPerThread; i++) {
                  counter.increment();
                }
              });
      long value = counter.value();
      form.dispose(counter);
      return new Measured<>(form.name, value, (double) threads * opsPerThread * 1e9 / nanos);
    }
  }

  private void counterRow(Measured<Long> run, Measured<Long> shared) {
    String check = run.result + " exact";
    if (run.result != expected) {
      check = "WRONG: " + run.result + ", expected " + expected;
      problems.add("counter, " + run.form + ": " + check);
    }
    printRow("counter", run, shared, check);
  }

  // --- request statistics --------------------------------------------------------------------

  private Measured<StatsSnapshot> measureStats(Form<RequestStats> form)
      throws InterruptedException {
    for (int run = 0; run < WARM_UP_RUNS; run++) {
      replayOn(form, ops);
    }
    return replayOn(form, ops);
  }

  /** Every thread replays its own seeded request stream, the same streams for every form. */
  private Measured<StatsSnapshot> replayOn(Form<RequestStats> form, int opsPerThread)
      throws InterruptedException {
    try (Placement placement = form.place(threads)) {
      RequestStats stats = form.create.get();
      long nanos =
          placement.timed(
              thread -> {
                SyntheticTraffic traffic = new SyntheticTraffic(TRAFFIC_SEED + thread);
                for (int i = 0; i < opsPerThread; i++) {
                  traffic.recordNext(stats);
                }
              });
      StatsSnapshot snapshot = stats.snapshot();
      form.dispose(stats);
      return new Measured<>(form.name, snapshot, (double) threads * opsPerThread * 1e9 / nanos);
    }
  }

  private void statsRow(Measured<StatsSnapshot> run, Measured<StatsSnapshot> shared) {
    long total = run.result.totalRequests();
    String check = total + " exact" + (run == shared ? "" : ", = shared");
    if (total != expected) {
      check = "WRONG: " + total + " requests, expected " + expected;
      problems.add("stats, " + run.form + ": " + check);
    } else if (!run.result.equals(shared.result)) {
      check = "WRONG: the snapshot differs from the synchronized one";
      problems.add("stats, " + run.form + ": " + check);
    }
    printRow("stats", run, shared, check);
  }

  // --- output --------------------------------------------------------------------------------

  private static void printRow(String service, Measured<?> run, Measured<?> shared, String check) {
    System.out.printf(
        Locale.ROOT,
        "%-8s %-32s %10.1f M %9.2fx  %s%n",
        service,
        run.form,
        run.opsPerSecond / 1e6,
        run.opsPerSecond / shared.opsPerSecond,
        check);
  }

  private static int positive(String arg, String name) {
    try {
      int value = Integer.parseInt(arg);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        name + " must be a positive integer, got '" + arg + "'; " + USAGE);
  }

  /**
   * One way of providing a service: a name, a constructor, whether it is clustered, and whether it
   * runs on dedicated threads (created and called under a {@link DedicatedThreadIdentity}).
   */
  private record Form<T>(
      String name, Supplier<? extends T> create, boolean clustered, boolean dedicated) {
    static <T> Form<T> plain(String name, Supplier<? extends T> create, boolean clustered) {
      return new Form<>(name, create, clustered, false);
    }

    static <T> Form<T> dedicated(String name, Supplier<? extends T> create) {
      return new Form<>(name, create, true, true);
    }

    /** Where this form's threads run; create the instance after this and close it after. */
    Placement place(int threads) {
      return dedicated ? new DedicatedPlacement(threads) : new PlainPlacement(threads);
    }

    /** Destroys a clustered instance (its reps run their cleanup); plain objects are left to GC. */
    void dispose(T instance) {
      if (clustered) {
        ClusteredObjects.destroy(instance);
      }
    }
  }

  /** What a measured run of one form produced. */
  private record Measured<R>(String form, R result, double opsPerSecond) {}

  /** The threads a form runs on, set up before its instance is created and undone after. */
  private interface Placement extends AutoCloseable {
    /** Runs {@code task} on every thread at once; the wall-clock nanoseconds it took. */
    long timed(IntConsumer task) throws InterruptedException;

    @Override
    void close();
  }

  /** Plain threads under whatever identity is installed (the default maps threads to slots). */
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

  /** The JDK's own striped counter, for comparison. */
  private static final class AdderCounter implements Counter {
    private final LongAdder adder = new LongAdder();

    @Override
    public void increment() {
      adder.increment();
    }

    @Override
    public long value() {
      return adder.sum();
    }

    @Override
    public void reset() {
      adder.reset();
    }
  }
}
