package org.k42j.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.k42j.benchmarks.OversubscriptionReport.Outcome;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link OversubscriptionBenchmark} one table at a time (one service at one host load, every
 * form at every caller count) and writes each table between its markers in docs/performance.md.
 * From the repository root, after {@code mvn -q -B -DskipTests package -pl benchmarks -am}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.k42j.benchmarks.OversubscriptionMain --full --service counter --load quiet
 * </pre>
 *
 * <p>Options: {@code --quick} (for checking a change; writes
 * benchmarks/target/oversubscription-quick.md) or {@code --full} (writes docs/performance.md),
 * {@code --service counter,metrics,cache,ids,stats} (default all), {@code --load quiet,busy}
 * (default both), {@code --callers 1,2,8,64,virtual-10000} (the default), {@code --calls N} (calls
 * per shot), {@code --forks N}, {@code --doc PATH}. Virtual threads need a JDK 21+ {@code java}; on
 * an older one their column says it was skipped and why.
 */
public final class OversubscriptionMain {
  static final String JAR =
      "java -cp benchmarks/target/benchmarks.jar " + OversubscriptionMain.class.getName();
  static final List<String> DEFAULT_CALLERS = List.of("1", "2", "8", "64", "virtual-10000");

  /**
   * How much each point runs. A shot's calls depend on the service, so that one shot lasts a few
   * hundred milliseconds at one caller: every caller's share then spans many scheduler time slices
   * even at 8 callers on 2 cores, which is what makes preemption inside a rep, a guard or a monitor
   * show. {@code callsShift} divides that by a power of two (the quick settings); {@code calls},
   * when positive, replaces it for every service.
   */
  record Settings(
      String name, int forks, int warmupShots, int measuredShots, int callsShift, long calls) {
    static Settings quick() {
      return new Settings("quick", 1, 1, 3, 3, 0);
    }

    static Settings full() {
      return new Settings("full", 1, 2, 4, 0, 0);
    }

    /** The calls of one shot of {@code service}. */
    long callsOf(String service) {
      if (calls > 0) {
        return calls;
      }
      return baseCalls(service) >> callsShift;
    }

    String describe(String service) {
      return String.format(
          Locale.ROOT,
          "%s: %d fork%s per point, %d warm-up + %d measured shots of %,d calls",
          name,
          forks,
          forks == 1 ? "" : "s",
          warmupShots,
          measuredShots,
          callsOf(service));
    }
  }

  /** About 200-400 ms of one caller's work on the 2-core host, per service. */
  static long baseCalls(String service) {
    switch (service) {
      case "counter":
        return 1L << 24;
      case "cache":
        return 1L << 23;
      default:
        return 1L << 22;
    }
  }

  private OversubscriptionMain() {}

  public static void main(String[] args) throws IOException {
    Arguments arguments =
        CommandLine.parseOrExit("oversubscription", Arguments.USAGE, Arguments::parse, args);
    List<CallerCount> runnable = new ArrayList<>();
    String skipped = null;
    for (CallerCount count : arguments.callers) {
      if (count.virtual() && !Callers.VirtualThreads.available()) {
        skipped = "skipped (JDK " + Runtime.version().feature() + ": no virtual threads)";
        System.out.println(
            "oversubscription: "
                + count.label()
                + " skipped: "
                + Callers.VirtualThreads.unavailableReason());
      } else {
        runnable.add(count);
      }
    }
    for (String service : arguments.services) {
      for (String load : arguments.loads) {
        OversubscriptionReport report = runTable(arguments, service, load, runnable, skipped);
        if (report == null) {
          System.exit(1);
          return;
        }
      }
    }
  }

  private static OversubscriptionReport runTable(
      Arguments arguments, String service, String load, List<CallerCount> runnable, String skipped)
      throws IOException {
    List<ServiceForm> forms = formsOf(service);
    OversubscriptionReport report =
        new OversubscriptionReport(service, load, forms, arguments.callers);
    System.out.printf(Locale.ROOT, "oversubscription: %s, %s host%n", service, load);
    CpuAccounting start = CpuAccounting.now();
    Collection<RunResult> results;
    try {
      results =
          runnable.isEmpty()
              ? List.of()
              : new Runner(options(arguments, service, load, forms, runnable).build()).run();
    } catch (RunnerException e) {
      System.err.println("oversubscription: JMH failed: " + e.getMessage());
      e.printStackTrace();
      return null;
    }
    String interference = CpuAccounting.now().since(start).describe();
    long calls = arguments.settings.callsOf(service);
    for (Measurement perShot : JmhResults.measurements(results)) {
      ServiceForm form = ServiceForm.ofParam(perShot.params().get("form"));
      CallerCount count = CallerCount.parse(perShot.params().get("callers"));
      report.put(form, count, Outcome.measured(perCall(perShot, calls)));
    }
    for (ServiceForm form : forms) {
      for (CallerCount count : arguments.callers) {
        if (report.get(form, count) == null) {
          report.put(
              form,
              count,
              Outcome.missing(
                  runnable.contains(count)
                      ? "no result (failed: a shot over "
                          + OversubscriptionBenchmark.BOUND_SECONDS
                          + " s, see the log)"
                      : skipped));
        }
      }
    }
    BenchmarkParams params = results.isEmpty() ? null : results.iterator().next().getParams();
    OversubscriptionReport.RunInfo run =
        new OversubscriptionReport.RunInfo(
            arguments.settings.describe(service),
            Host.current(
                params == null ? Runtime.version().toString() : params.getJdkVersion(),
                params == null ? "" : params.getVmName() + " " + params.getVmVersion(),
                params == null ? "" : params.getJmhVersion()),
            thisJava()
                + JAR.substring("java".length())
                + " "
                + commandFor(arguments, service, load),
            LocalDate.now(ZoneOffset.UTC).toString(),
            interference);
    String block = report.render(run);
    String document = CommandLine.readOrEmpty(arguments.doc);
    CommandLine.write(
        arguments.doc,
        PerformanceDoc.replaceBlock(
            document,
            block,
            OversubscriptionReport.beginMarker(service, load),
            OversubscriptionReport.endMarker(service, load)));
    System.out.println();
    System.out.println(block);
    System.out.println("oversubscription: wrote " + arguments.doc);
    return report;
  }

  /** The {@code java} this runs on (its forks run on the same): JDK 21+ for virtual threads. */
  static String thisJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The command that reruns one table with the same settings. */
  static String commandFor(Arguments arguments, String service, String load) {
    StringBuilder command = new StringBuilder("--").append(arguments.settings.name());
    command.append(" --service ").append(service).append(" --load ").append(load);
    if (arguments.callersGiven) {
      command.append(" --callers ");
      List<String> names = new ArrayList<>();
      for (CallerCount count : arguments.callers) {
        names.add(count.param());
      }
      command.append(String.join(",", names));
    }
    if (arguments.callsGiven) {
      command.append(" --calls ").append(arguments.settings.calls());
    }
    if (arguments.forksGiven) {
      command.append(" --forks ").append(arguments.settings.forks());
    }
    if (arguments.docGiven) {
      command.append(" --doc ").append(arguments.doc);
    }
    return command.toString();
  }

  /**
   * The forms a service is run in: the four, and for the counter {@code LongAdder} and {@code
   * AtomicLong} (the README demo's shared counter).
   */
  static List<ServiceForm> formsOf(String service) {
    List<ServiceForm> forms =
        new ArrayList<>(
            List.of(
                ServiceForm.LOCKED,
                ServiceForm.EXCLUSIVE,
                ServiceForm.THREAD_SAFE,
                ServiceForm.ADAPTIVE));
    if (service.equals("counter")) {
      forms.add(ServiceForm.LONG_ADDER);
      forms.add(ServiceForm.ATOMIC_LONG);
    }
    return forms;
  }

  /** A per-shot measurement (ms per shot) as time per call of the whole group, in ns. */
  static Measurement perCall(Measurement perShot, long calls) {
    double scale = TimeUnit.MILLISECONDS.toNanos(1) / (double) calls;
    return new Measurement(
        perShot.benchmark(),
        perShot.params(),
        perShot.threads(),
        perShot.mode(),
        perShot.score() * scale,
        perShot.error() * scale,
        "ns/call",
        perShot.allocBytesPerOp(),
        perShot.allocError(),
        perShot.samples());
  }

  private static ChainedOptionsBuilder options(
      Arguments arguments,
      String service,
      String load,
      List<ServiceForm> forms,
      List<CallerCount> counts) {
    Settings settings = arguments.settings;
    String[] formNames = forms.stream().map(ServiceForm::param).toArray(String[]::new);
    String[] callerNames = counts.stream().map(CallerCount::param).toArray(String[]::new);
    return new OptionsBuilder()
        .include(OversubscriptionBenchmark.class.getName() + ".shot")
        .param("service", service)
        .param("load", load)
        .param("form", formNames)
        .param("callers", callerNames)
        .param("calls", Long.toString(settings.callsOf(service)))
        .threads(1)
        .forks(settings.forks())
        .warmupIterations(settings.warmupShots())
        .measurementIterations(settings.measuredShots())
        .shouldFailOnError(false)
        .jvmArgsAppend("-Xms1g", "-Xmx1g")
        .verbosity(VerboseMode.NORMAL);
  }

  /** The parsed command line. */
  static final class Arguments {
    static final String USAGE =
        "usage: "
            + JAR
            + " (--quick | --full) [--service counter,metrics,cache,ids,stats] [--load quiet,busy]"
            + " [--callers 1,2,8,64,virtual-10000] [--calls N] [--forks N] [--doc PATH]";

    Settings settings;
    List<String> services = ServiceLoad.SERVICES;
    List<String> loads = List.of("quiet", "busy");
    List<CallerCount> callers = new ArrayList<>();
    boolean callersGiven;
    boolean callsGiven;
    boolean forksGiven;
    boolean docGiven;
    Path doc;

    static Arguments parse(String[] args) {
      Arguments parsed = new Arguments();
      Long calls = null;
      Integer forks = null;
      List<String> callerNames = DEFAULT_CALLERS;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--quick":
          case "--full":
            parsed.settings =
                CommandLine.quickOrFull(arg, parsed.settings, Settings::quick, Settings::full);
            break;
          case "--service":
            parsed.services = listOf(CommandLine.value(args, ++i, arg), ServiceLoad.SERVICES, arg);
            break;
          case "--load":
            parsed.loads = listOf(CommandLine.value(args, ++i, arg), List.of("quiet", "busy"), arg);
            break;
          case "--callers":
            callerNames = List.of(CommandLine.value(args, ++i, arg).split(","));
            parsed.callersGiven = true;
            break;
          case "--calls":
            calls = Long.parseLong(CommandLine.value(args, ++i, arg));
            parsed.callsGiven = true;
            break;
          case "--forks":
            forks = Integer.parseInt(CommandLine.value(args, ++i, arg));
            parsed.forksGiven = true;
            break;
          case "--doc":
            parsed.doc = Path.of(CommandLine.value(args, ++i, arg));
            parsed.docGiven = true;
            break;
          default:
            throw new IllegalArgumentException("unknown argument " + arg);
        }
      }
      if (parsed.settings == null) {
        throw new IllegalArgumentException(
            "give --quick (checking a change) or --full (the tables)");
      }
      for (String name : callerNames) {
        parsed.callers.add(CallerCount.parse(name.trim()));
      }
      Settings s = parsed.settings;
      if (calls != null || forks != null) {
        parsed.settings =
            new Settings(
                s.name(),
                forks != null ? forks : s.forks(),
                s.warmupShots(),
                s.measuredShots(),
                s.callsShift(),
                calls != null ? calls : s.calls());
      }
      if (parsed.doc == null) {
        parsed.doc =
            s.name().equals("full")
                ? Path.of("docs", "performance.md")
                : Path.of("benchmarks", "target", "oversubscription-quick.md");
      }
      return parsed;
    }

    private static List<String> listOf(String text, List<String> allowed, String option) {
      List<String> values = new ArrayList<>();
      for (String value : text.split(",")) {
        String name = value.trim();
        if (!allowed.contains(name)) {
          throw new IllegalArgumentException(option + " takes " + allowed + ", got " + name);
        }
        values.add(name);
      }
      return values;
    }
  }
}
