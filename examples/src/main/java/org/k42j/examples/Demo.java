package org.k42j.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.DedicatedThreadIdentity;

/**
 * The README demo: the shared and the clustered forms of the counter and of the request statistics
 * with the same threads and the same total work, each measured as the benchmarks measure it: in a
 * JVM of its own ({@link DemoMeasurement}, started with this JVM's {@code java} and class path),
 * warmed up, the median of several timed runs. One JVM per form matters: run through one call site
 * in one JVM, every form is compiled for all of them at once, and the ordering comes out wrong.
 *
 * <pre>
 * mvn -q -B compile exec:java -pl examples -am                          # one thread per core
 * mvn -q -B compile exec:java -pl examples -am -Dexec.args="8 500000"   # 8 threads x 500,000 ops
 * </pre>
 *
 * <p>It checks every total exactly (each counter counts threads x ops, the clustered statistics
 * equal the synchronized ones endpoint by endpoint, and every run of a form gives the same) and
 * fails if one is not. It then runs the same total on twice as many threads (more threads than
 * cores, as a service's thread pool has), and compares each group's ordering by throughput with the
 * one docs/performance.md measures, saying whether this run agrees. Throughput depends on the
 * machine and its load; the check column is what the demo asserts.
 *
 * <p>Rows marked dedicated run on threads bound to a processor each ({@link
 * DedicatedThreadIdentity}), where exclusive per-processor reps have no guard.
 */
public final class Demo {
  private static final int DEFAULT_OPS = 2_000_000;
  private static final int OVERSUBSCRIPTION = 2;
  private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(3);
  private static final List<String> CHILD_JVM_OPTIONS = List.of("-Xms256m", "-Xmx256m");
  private static final String USAGE =
      "usage: Demo [threads [opsPerThread]] (defaults: one thread per core, " + DEFAULT_OPS + ")";

  private final int threads;
  private final long totalOps;
  private final int cores;
  private final List<String> problems = new ArrayList<>();

  private Demo(int threads, int opsPerThread) {
    this.threads = threads;
    this.totalOps = (long) threads * opsPerThread;
    this.cores = Runtime.getRuntime().availableProcessors();
  }

  /** Runs the demo; arguments: {@code [threads [opsPerThread]]}. */
  public static void main(String[] args) throws InterruptedException, IOException {
    if (args.length > 2) {
      throw new IllegalArgumentException(USAGE);
    }
    int threads =
        args.length > 0 ? positive(args[0], "threads") : Runtime.getRuntime().availableProcessors();
    int ops = args.length > 1 ? positive(args[1], "opsPerThread") : DEFAULT_OPS;
    new Demo(threads, ops).run(ops);
  }

  private void run(int opsPerThread) throws InterruptedException, IOException {
    System.out.printf(
        Locale.ROOT,
        "k42j demo: %d threads x %,d ops, %d processor slots (%s), %d cores%n"
            + "each form in a JVM of its own: %d warm-up runs, then the median of %d timed"
            + " samples of at least %d ms%n%n",
        threads,
        opsPerThread,
        Processors.count(),
        Processors.identity(),
        cores,
        DemoMeasurement.WARM_UP_RUNS,
        DemoMeasurement.MEASURED_RUNS,
        DemoMeasurement.SAMPLE_MILLIS);
    System.out.printf(
        Locale.ROOT,
        "%-8s %-32s %8s %12s %10s  %s%n",
        "service",
        "form",
        "threads",
        "ops/s",
        "vs shared",
        "check");

    int many = threads * OVERSUBSCRIPTION;
    List<String> verdicts = new ArrayList<>();
    verdicts.add(group(DemoOrdering.COUNTER, threads));
    verdicts.add(group(DemoOrdering.STATS, threads));
    verdicts.add(group(DemoOrdering.COUNTER_OVERSUBSCRIBED, many));
    verdicts.add(group(DemoOrdering.STATS_OVERSUBSCRIBED, many));

    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "* more threads than cores: the same %,d ops on %d threads; a thread can be descheduled"
            + " while it holds a lock or a rep%n%n",
        totalOps,
        many);
    System.out.println("Ordering by throughput, against docs/performance.md (a quiet host):");
    verdicts.forEach(System.out::println);
    System.out.println(hostLoad());
    System.out.println();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("totals were not exact: " + String.join("; ", problems));
    }
    System.out.println(
        "Every total is exact: each counter counted threads x ops, and the clustered statistics"
            + " equal the synchronized ones, endpoint by endpoint.");
  }

  /** Measures and prints the forms of {@code ordering} on {@code threadCount} threads. */
  private String group(DemoOrdering ordering, int threadCount)
      throws InterruptedException, IOException {
    Map<DemoForm, Double> rates = new EnumMap<>(DemoForm.class);
    String shared = null;
    double sharedRate = 0;
    for (DemoForm form : DemoForm.values()) {
      if (!ordering.forms().contains(form)) {
        continue;
      }
      Result result = measure(form, threadCount);
      rates.put(form, result.opsPerSecond);
      if (form.sharedBaseline()) {
        shared = result.check;
        sharedRate = result.opsPerSecond;
      }
      String check = check(form, threadCount, result, shared);
      System.out.printf(
          Locale.ROOT,
          "%-8s %-32s %7d%s %10.1f M %9.2fx  %s%n",
          form.service.label,
          form.label,
          threadCount,
          threadCount > cores ? "*" : " ",
          result.opsPerSecond / 1e6,
          result.opsPerSecond / sharedRate,
          check);
    }
    if (threads > cores) {
      return "  "
          + ordering.what()
          + ": not compared (the documented ordering is for the default"
          + " of one thread per core)";
    }
    String disagreement = ordering.disagreement(rates);
    return "  "
        + ordering.what()
        + ": "
        + ordering.describe()
        + (disagreement == null
            ? " -- this run agrees"
            : " -- this run DISAGREES: " + disagreement);
  }

  /**
   * The host's load average over the last minute against its cores, from {@code /proc/loadavg}:
   * other work on the cores changes the ordering (docs/performance.md's busy-host tables show how).
   */
  private String hostLoad() {
    try {
      double load =
          Double.parseDouble(
              Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ")[0]);
      return String.format(
          Locale.ROOT,
          "Host load during the demo: load average %.1f on %d cores (%s).",
          load,
          cores,
          load < cores
              ? "quiet enough to compare"
              : "busy: other work competes for the cores, and the orderings are a quiet host's");
    } catch (IOException | RuntimeException e) {
      return "Host load during the demo: unknown (no /proc/loadavg).";
    }
  }

  private String check(DemoForm form, int threadCount, Result result, String shared) {
    String problem = null;
    String check;
    if (form.service == DemoForm.Service.COUNTER) {
      long total = Long.parseLong(result.check.substring("total=".length()));
      check = total + " exact";
      if (total != totalOps) {
        problem = "WRONG: " + total + ", expected " + totalOps;
      }
    } else {
      long total = Long.parseLong(result.check.substring("snapshot=".length()).split(";")[0]);
      check = total + " exact" + (form.clustered ? ", = shared" : "");
      if (total != totalOps) {
        problem = "WRONG: " + total + " requests, expected " + totalOps;
      } else if (!result.check.equals(shared)) {
        problem = "WRONG: the snapshot differs from the synchronized one";
      }
    }
    if (problem != null) {
      problems.add(
          form.service.label + ", " + form.label + ", " + threadCount + " threads: " + problem);
      return problem;
    }
    return check;
  }

  /** What one form's JVM reported. */
  private record Result(double opsPerSecond, String check) {}

  private Result measure(DemoForm form, int threadCount) throws InterruptedException, IOException {
    String output =
        ChildJvm.run(
            ChildJvm.command(
                DemoMeasurement.class,
                CHILD_JVM_OPTIONS,
                List.of(form.argument(), Integer.toString(threadCount), Long.toString(totalOps))),
            CHILD_TIMEOUT);
    for (String line : output.lines().toList()) {
      if (line.startsWith(DemoMeasurement.RESULT_PREFIX)) {
        String[] fields = line.substring(DemoMeasurement.RESULT_PREFIX.length()).split(" ");
        return new Result(Double.parseDouble(fields[0]), fields[1]);
      }
    }
    throw new IllegalStateException(
        "the JVM measuring " + form.label + " printed no result:\n" + output);
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
}
