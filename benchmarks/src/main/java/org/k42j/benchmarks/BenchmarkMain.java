package org.k42j.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the k42j benchmarks through JMH's Runner API at every thread count, then writes the results
 * as JSON and as the Markdown block of docs/performance.md, with each ratio taken between
 * measurements of the same run. From the repository root:
 *
 * <pre>
 * mvn -q -B -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar --quick   # 2.6 minutes idle, for checking a change
 * java -jar benchmarks/target/benchmarks.jar --full    # ~40 minutes idle, for the published table
 * </pre>
 *
 * <p>Options: {@code --include REGEX} (benchmarks to run), {@code --threads 1,2,4}, {@code --forks
 * N}, {@code --prof NAME[:ARGS]} (another JMH profiler, repeatable), {@code --jvm-arg ARG}
 * (repeatable), {@code --json PATH}, {@code --doc PATH}, {@code --quiet}. Full runs write {@code
 * benchmarks/target/results.json} and {@code docs/performance.md}; quick runs write {@code
 * benchmarks/target/results-quick.json} and {@code benchmarks/target/performance-quick.md}, so a
 * quick check never replaces the published table by accident.
 */
public final class BenchmarkMain {
  static final String BUILD = "mvn -q -B -DskipTests package -pl benchmarks -am";
  static final String JAR = "java -jar benchmarks/target/benchmarks.jar";

  private BenchmarkMain() {}

  /** See the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Arguments arguments =
        CommandLine.parseOrExit("benchmarks", Arguments.USAGE, Arguments::parse, args);
    // Forks run in rounds: each round runs every benchmark once, in one fork, at every thread
    // count. On a shared host, load that comes and goes then falls on every benchmark alike
    // instead of on whichever happened to run at the time; the forks are merged afterwards.
    RunSettings settings = arguments.settings;
    List<RunResult> results = new ArrayList<>();
    Map<Integer, CpuAccounting.Interference> interference = new LinkedHashMap<>();
    try {
      for (int round = 1; round <= settings.forks(); round++) {
        for (int threads : settings.threads()) {
          System.out.printf(
              Locale.ROOT,
              "benchmarks: round %d of %d, %d thread%s%n",
              round,
              settings.forks(),
              threads,
              threads == 1 ? "" : "s");
          CpuAccounting start = CpuAccounting.now();
          results.addAll(new Runner(options(arguments, threads).build()).run());
          interference.merge(
              threads, CpuAccounting.now().since(start), CpuAccounting.Interference::plus);
        }
      }
    } catch (RunnerException e) {
      System.err.println("benchmarks: JMH failed: " + e.getMessage());
      e.printStackTrace();
      System.exit(1);
      return;
    }
    if (results.isEmpty()) {
      System.err.println("benchmarks: no benchmark matched " + arguments.include);
      System.exit(1);
      return;
    }

    List<Measurement> measurements = new ArrayList<>(JmhResults.measurements(results));
    measurements.sort(
        Comparator.comparing(Measurement::key).thenComparingInt(Measurement::threads));
    BenchmarkParams params = results.get(0).getParams();
    Host host =
        Host.current(
            params.getJdkVersion(),
            params.getVmName() + " " + params.getVmVersion(),
            params.getJmhVersion());
    MarkdownReport.RunInfo run =
        new MarkdownReport.RunInfo(
            host,
            arguments.settings,
            BUILD + " && " + JAR + " " + String.join(" ", args),
            LocalDate.now(ZoneOffset.UTC).toString(),
            describe(interference));

    CommandLine.write(arguments.json, ResultsJson.write(run, measurements));
    String block = new MarkdownReport(ReportLayout.standard(), measurements).render(run);
    String document = CommandLine.readOrEmpty(arguments.doc);
    CommandLine.write(arguments.doc, PerformanceDoc.replaceBlock(document, block));
    System.out.println();
    System.out.println(block);
    System.out.println("benchmarks: wrote " + arguments.json + " and " + arguments.doc);
  }

  private static List<String> describe(Map<Integer, CpuAccounting.Interference> byThreads) {
    List<String> lines = new ArrayList<>();
    byThreads.forEach(
        (threads, interference) ->
            lines.add(
                threads + (threads == 1 ? " thread: " : " threads: ") + interference.describe()));
    return lines;
  }

  private static ChainedOptionsBuilder options(Arguments arguments, int threads) {
    RunSettings settings = arguments.settings;
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(arguments.include)
            .threads(threads)
            .forks(1)
            .warmupIterations(settings.warmupIterations())
            .warmupTime(TimeValue.milliseconds(settings.warmupMillis()))
            .measurementIterations(settings.measurementIterations())
            .measurementTime(TimeValue.milliseconds(settings.measurementMillis()))
            .timeUnit(TimeUnit.NANOSECONDS)
            .shouldFailOnError(true)
            .addProfiler(GCProfiler.class)
            .jvmArgsAppend(arguments.jvmArgs.toArray(new String[0]))
            .verbosity(arguments.quiet ? VerboseMode.SILENT : VerboseMode.NORMAL);
    if (!arguments.include.contains("Oversubscription")) {
      // its callers are its own threads and its tables have their own runner
      options.exclude(OversubscriptionBenchmark.class.getName());
    }
    for (String profiler : arguments.profilers) {
      int colon = profiler.indexOf(':');
      if (colon < 0) {
        options.addProfiler(profiler);
      } else {
        options.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
      }
    }
    return options;
  }

  /** The parsed command line. */
  static final class Arguments {
    static final String USAGE =
        "usage: "
            + JAR
            + " (--quick | --full) [--include REGEX] [--threads 1,2,4] [--forks N]"
            + " [--prof NAME[:ARGS]]... [--jvm-arg ARG]... [--json PATH] [--doc PATH] [--quiet]";

    RunSettings settings;
    // The package's own benchmarks; those of sub-packages (cluster) run on their own.
    String include = "org\\.k42j\\.benchmarks\\.[A-Z].*";
    List<String> profilers = new ArrayList<>();
    List<String> jvmArgs = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
    Path json;
    Path doc;
    boolean quiet;

    static Arguments parse(String[] args) {
      Arguments parsed = new Arguments();
      Integer forks = null;
      List<Integer> threads = null;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--quick":
          case "--full":
            parsed.settings =
                CommandLine.quickOrFull(
                    arg, parsed.settings, RunSettings::quick, RunSettings::full);
            break;
          case "--include":
            parsed.include = CommandLine.value(args, ++i, arg);
            break;
          case "--threads":
            threads = new ArrayList<>();
            for (String count : CommandLine.value(args, ++i, arg).split(",")) {
              threads.add(positive(count.trim(), arg));
            }
            break;
          case "--forks":
            forks = positive(CommandLine.value(args, ++i, arg), arg);
            break;
          case "--prof":
            parsed.profilers.add(CommandLine.value(args, ++i, arg));
            break;
          case "--jvm-arg":
            parsed.jvmArgs.add(CommandLine.value(args, ++i, arg));
            break;
          case "--json":
            parsed.json = Path.of(CommandLine.value(args, ++i, arg));
            break;
          case "--doc":
            parsed.doc = Path.of(CommandLine.value(args, ++i, arg));
            break;
          case "--quiet":
            parsed.quiet = true;
            break;
          default:
            throw new IllegalArgumentException("unknown argument " + arg);
        }
      }
      if (parsed.settings == null) {
        throw new IllegalArgumentException(
            "give --quick (checking a change) or --full (the table)");
      }
      if (forks != null) {
        parsed.settings = parsed.settings.withForks(forks);
      }
      if (threads != null) {
        parsed.settings = parsed.settings.withThreads(threads);
      }
      boolean full = parsed.settings.name().equals("full");
      if (parsed.json == null) {
        parsed.json = Path.of("benchmarks", "target", full ? "results.json" : "results-quick.json");
      }
      if (parsed.doc == null) {
        parsed.doc =
            full
                ? Path.of("docs", "performance.md")
                : Path.of("benchmarks", "target", "performance-quick.md");
      }
      return parsed;
    }

    private static int positive(String text, String option) {
      try {
        int value = Integer.parseInt(text);
        if (value > 0) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(option + " needs a positive whole number, got " + text);
    }
  }
}
