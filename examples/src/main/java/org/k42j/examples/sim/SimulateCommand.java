package org.k42j.examples.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.k42j.kernel.sim.SimMachine;
import org.k42j.kernel.sim.SimResult;
import org.k42j.kernel.sim.Simulation;
import org.k42j.kernel.sim.SimulationException;
import org.k42j.kernel.sim.Workload;
import org.k42j.kernel.sim.Workloads;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The NUMA simulation's command line: runs named workloads (or a workload class) on a modeled
 * machine over a range of processor counts and writes a CSV and a PNG of throughput and latency
 * against processors. From the repository:
 *
 * <pre>
 * mvn -q -B compile exec:java -pl examples -am -Dexec.mainClass=org.k42j.examples.sim.SimulateCommand \
 *     -Dexec.args="--machine 4x16 --out target/sim shared-locked-counter clustered-counter"
 * </pre>
 */
@Command(
    name = "k42j-simulate",
    mixinStandardHelpOptions = true,
    version = "k42j NUMA simulation 0.1",
    sortOptions = false,
    description = {
      "Runs workloads on a modeled NUMA machine in virtual time (deterministic: same seed, same"
          + " results on any host) and writes <out>/<name>.csv and <out>/<name>.png.",
      "Workloads: a name from --list, or the binary name of a class implementing"
          + " org.k42j.kernel.sim.Workload."
    })
public final class SimulateCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "WORKLOAD", description = "workloads to run")
  List<String> workloads = new ArrayList<>();

  @Option(
      names = "--machine",
      defaultValue = "4x16",
      description =
          "NODESxPROCESSORS[:DISTANCE], host, or a machine file (may end with a costs"
              + " section) (default: ${DEFAULT-VALUE})")
  String machine;

  @Option(names = "--costs", paramLabel = "FILE", description = "a cost file (NAME VALUE lines)")
  Path costs;

  @Option(
      names = "--cost",
      paramLabel = "NAME=NS",
      description = "one cost parameter in nanoseconds, e.g. --cost transfer-other-node=130")
  Map<String, Double> cost = Map.of();

  @Option(
      names = "--processors",
      split = ",",
      paramLabel = "N",
      description =
          "processor counts (default: powers of two and multiples of a node, up to the"
              + " machine's processors)")
  List<Integer> processors = new ArrayList<>();

  @Option(names = "--seed", defaultValue = "42", description = "seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--ops",
      defaultValue = "200000",
      description = "operations per run (default: ${DEFAULT-VALUE})")
  long operations;

  @Option(
      names = "--think",
      defaultValue = "100",
      paramLabel = "NS",
      description =
          "mean local work between a processor's operations, exponential (default:"
              + " ${DEFAULT-VALUE} ns)")
  double think;

  @Option(
      names = "--out",
      defaultValue = "target/simulation",
      description = "output directory (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(
      names = "--name",
      defaultValue = "simulation",
      description = "base name of the CSV and PNG (default: ${DEFAULT-VALUE})")
  String name;

  @Option(names = "--title", description = "the chart's title (default: workloads and machine)")
  String title;

  @Option(names = "--no-progress", description = "no progress bar")
  boolean noProgress;

  @Option(names = "--list", description = "list the available workloads and exit")
  boolean list;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Where the progress bar draws (standard error; a test may redirect it). */
  PrintStream progressStream = System.err;

  /** Runs the command line; exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int run(String... args) {
    return new CommandLine(new SimulateCommand()).execute(args);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (list) {
      for (Workload workload : Workloads.available()) {
        stdout.printf("%-28s %s%n", workload.name(), workload.description());
      }
      stdout.flush();
      return 0;
    }
    if (workloads.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "name at least one workload (see --list)");
    }
    Simulation simulation;
    List<Workload> chosen = new ArrayList<>();
    int[] counts;
    try {
      SimMachine simMachine = SimMachine.parse(machine);
      if (costs != null) {
        simMachine = simMachine.withCostFile(costs);
      }
      for (Map.Entry<String, Double> entry : cost.entrySet()) {
        simMachine = simMachine.withCost(entry.getKey(), entry.getValue());
      }
      simulation =
          Simulation.on(simMachine).withSeed(seed).withOperations(operations).withThink(think);
      counts = counts(simMachine);
      for (String workload : workloads) {
        chosen.add(Workloads.find(workload));
      }
    } catch (IllegalArgumentException e) { // MachineModelException included
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    List<SimResult> results = new ArrayList<>();
    long total = operations * counts.length * chosen.size();
    try (ProgressBar bar = noProgress ? null : bar(total)) {
      long[] base = {0};
      Simulation observed =
          bar == null ? simulation : simulation.withProgress(done -> bar.stepTo(base[0] + done));
      try (Simulation.Session session = observed.open()) {
        for (Workload workload : chosen) {
          if (bar != null) {
            bar.setExtraMessage(workload.name());
          }
          for (int count : counts) {
            results.add(observed.withProcessors(count).run(workload));
            base[0] += operations;
          }
        }
      }
    } catch (SimulationException e) {
      stderr.println("k42j-simulate: " + e.getMessage());
      return 1;
    }
    Files.createDirectories(out);
    Path csv = out.resolve(name + ".csv");
    List<String> lines = new ArrayList<>();
    lines.add(SimResult.CSV_HEADER);
    results.forEach(result -> lines.add(result.csvRow()));
    Files.write(csv, lines, StandardCharsets.UTF_8);
    Path png = out.resolve(name + ".png");
    SimulationChart.write(results, title != null ? title : defaultTitle(chosen), png, 1000, 700);
    for (SimResult result : results) {
      stdout.printf(
          "%-28s %3d processors  %10.2f ops/us  latency mean %9.1f ns  p99 %9.1f ns%n",
          result.workload(),
          result.processors(),
          result.throughput() / 1e6,
          result.meanLatencyNanos(),
          result.p99LatencyNanos());
    }
    stdout.println("wrote " + csv + " and " + png);
    stdout.flush();
    return 0;
  }

  private String defaultTitle(List<Workload> chosen) {
    return (chosen.size() == 1 ? chosen.get(0).name() : chosen.size() + " workloads")
        + " on "
        + machine;
  }

  private ProgressBar bar(long total) {
    return new ProgressBarBuilder()
        .setTaskName("simulating")
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(progressStream, 100))
        .setUpdateIntervalMillis(200)
        .continuousUpdate()
        .build();
  }

  private int[] counts(SimMachine simMachine) {
    int available = simMachine.machine().processorCount();
    TreeSet<Integer> chosen = new TreeSet<>();
    if (processors.isEmpty()) {
      for (int n = 1; n <= available; n *= 2) {
        chosen.add(n);
      }
      int perNode = simMachine.machine().processorCountOf(0);
      for (int n = perNode; n <= available; n += perNode) {
        chosen.add(n);
      }
      chosen.add(available);
    } else {
      for (int count : processors) {
        if (count < 1 || count > available) {
          throw new IllegalArgumentException(
              "--processors " + count + ": the machine has 1 to " + available + " processors");
        }
        chosen.add(count);
      }
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }
}
