package org.k42j.examples.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k42j.kernel.sim.SimResult;
import picocli.CommandLine;

/** The command line writes the CSV and the chart, lists workloads, and refuses bad input. */
class SimulateCommandTest {
  @TempDir Path out;

  private static String[] run(String... args) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    CommandLine command = new CommandLine(new SimulateCommand());
    command.setOut(new PrintWriter(stdout));
    command.setErr(new PrintWriter(stderr));
    int status = command.execute(args);
    return new String[] {Integer.toString(status), stdout.toString(), stderr.toString()};
  }

  @Test
  void sweepWritesOneCsvRowPerWorkloadAndCountAndAPngChart() throws IOException {
    String[] result =
        run(
            "--machine",
            "2x4",
            "--processors",
            "1,2,8",
            "--ops",
            "2000",
            "--no-progress",
            "--out",
            out.toString(),
            "--name",
            "small",
            "shared-locked-counter",
            "example-partitioned-counter");
    assertEquals("0", result[0], result[2]);
    List<String> csv = Files.readAllLines(out.resolve("small.csv"));
    assertEquals(SimResult.CSV_HEADER, csv.get(0));
    assertEquals(7, csv.size());
    assertTrue(csv.get(1).startsWith("shared-locked-counter,1,1,2000,"), csv.get(1));
    assertTrue(csv.get(6).startsWith("example-partitioned-counter,8,2,2000,"), csv.get(6));
    BufferedImage png = ImageIO.read(out.resolve("small.png").toFile());
    assertEquals(1000, png.getWidth());
    assertEquals(700, png.getHeight());
    assertTrue(result[1].contains("wrote " + out.resolve("small.csv")));
  }

  @Test
  void sameArgumentsWriteTheSameCsv() throws IOException {
    String[] args = {
      "--machine",
      "2x4",
      "--ops",
      "3000",
      "--no-progress",
      "--out",
      out.toString(),
      "example-locked-ids"
    };
    assertEquals("0", run(args)[0]);
    String first = Files.readString(out.resolve("simulation.csv"));
    assertEquals("0", run(args)[0]);
    assertEquals(first, Files.readString(out.resolve("simulation.csv")));
    // Default counts on 2x4: powers of two and multiples of a node.
    assertEquals(5, first.lines().count()); // header, 1, 2, 4, 8
  }

  @Test
  void listNamesBundledAndExampleWorkloads() {
    String[] result = run("--list");
    assertEquals("0", result[0]);
    for (String name :
        new String[] {
          "shared-locked-counter", "clustered-counter", "example-shared-counter",
          "example-partitioned-counter", "example-locked-ids", "example-clustered-ids",
          "example-locked-metrics", "example-clustered-metrics", "example-locked-stats",
          "example-clustered-stats", "example-locked-cache", "example-read-mostly-cache",
          "example-ppc-kv"
        }) {
      assertTrue(result[1].contains(name), name);
    }
  }

  @Test
  void unknownWorkloadsMachinesAndCountsAreUsageErrors() {
    String[] workload = run("--no-progress", "--out", out.toString(), "no-such-workload");
    assertEquals("2", workload[0], workload[2]);
    assertTrue(workload[2].contains("no workload named \"no-such-workload\""), workload[2]);
    String[] machine = run("--machine", "4y16", "clustered-counter");
    assertEquals("2", machine[0]);
    assertTrue(machine[2].contains("column 2"), machine[2]);
    String[] counts = run("--machine", "2x4", "--processors", "9", "clustered-counter");
    assertEquals("2", counts[0]);
    assertTrue(counts[2].contains("the machine has 1 to 8 processors"), counts[2]);
    String[] cost = run("--cost", "l1=1", "clustered-counter");
    assertEquals("2", cost[0]);
    assertTrue(cost[2].contains("unknown cost parameter \"l1\""), cost[2]);
    assertEquals("2", run()[0]);
  }

  @Test
  void progressBarCountsEveryOperationOfTheSweep() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    SimulateCommand simulate = new SimulateCommand();
    simulate.progressStream = new PrintStream(captured, true, StandardCharsets.UTF_8);
    CommandLine command = new CommandLine(simulate);
    command.setOut(new PrintWriter(new StringWriter()));
    assertEquals(
        0,
        command.execute(
            "--machine", "1x2", "--ops", "5000", "--out", out.toString(), "clustered-counter"));
    String bar = captured.toString(StandardCharsets.UTF_8);
    assertTrue(bar.contains("10000/10000"), bar);
  }
}
