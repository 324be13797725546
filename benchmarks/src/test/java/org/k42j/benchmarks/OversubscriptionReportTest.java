package org.k42j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.benchmarks.MarkdownReport.Verdict;
import org.k42j.benchmarks.OversubscriptionReport.Outcome;
import org.k42j.benchmarks.OversubscriptionReport.TargetLine;

class OversubscriptionReportTest {
  private static final Host HOST =
      new Host("Test CPU 9000", 2, "17.0.15", "Test VM 17", "Linux amd64", "1.37");
  private static final CallerCount ONE = CallerCount.parse("1");
  private static final CallerCount TWO = CallerCount.parse("2");
  private static final CallerCount MANY = CallerCount.parse("64");
  private static final CallerCount VIRTUAL = CallerCount.parse("virtual-10000");

  private static Outcome ns(double score, double error) {
    return Outcome.measured(Measurement.of("OversubscriptionBenchmark.shot", 1, score, error));
  }

  private static OversubscriptionReport counterReport() {
    OversubscriptionReport report =
        new OversubscriptionReport(
            "counter",
            "busy",
            OversubscriptionMain.formsOf("counter"),
            List.of(ONE, TWO, MANY, VIRTUAL));
    for (CallerCount count : List.of(ONE, TWO, MANY)) {
      report.put(ServiceForm.LOCKED, count, ns(100, 1));
      report.put(ServiceForm.EXCLUSIVE, count, ns(count == MANY ? 80 : 10, 1));
      report.put(ServiceForm.THREAD_SAFE, count, ns(15, 0.5));
      report.put(ServiceForm.ADAPTIVE, count, ns(20, 1));
      report.put(ServiceForm.LONG_ADDER, count, ns(13, 0.5));
      report.put(ServiceForm.ATOMIC_LONG, count, ns(40, 0.5));
    }
    for (ServiceForm form : OversubscriptionMain.formsOf("counter")) {
      report.put(form, VIRTUAL, Outcome.missing("skipped (JDK 17: no virtual threads)"));
    }
    return report;
  }

  @Test
  void targetsJudgeExclusiveAgainstLockedAndTheCounterAgainstLongAdderUpToTheCores() {
    List<TargetLine> targets = counterReport().targets(2);
    assertEquals(
        List.of(
            "clustered exclusive, 1 thread: throughput at least 1x the locked original's",
            "clustered exclusive, 2 threads: throughput at least 2x the locked original's",
            "clustered exclusive, 64 threads: throughput at least 2x the locked original's",
            "clustered exclusive, 10,000 virtual threads: throughput at least 2x the locked"
                + " original's",
            "clustered exclusive, every caller count measured: never below 1x the locked"
                + " original's (lowest at 64 threads)",
            "counter, clustered exclusive, 1 thread: throughput at least LongAdder's",
            "counter, clustered thread-safe, 1 thread: throughput at least LongAdder's",
            "counter, clustered exclusive, 2 threads: throughput at least LongAdder's",
            "counter, clustered thread-safe, 2 threads: throughput at least LongAdder's"),
        targets.stream().map(TargetLine::description).toList());
    assertEquals(Verdict.MET, targets.get(0).verdict());
    assertEquals(Verdict.MET, targets.get(1).verdict());
    assertEquals(Verdict.MISSED, targets.get(2).verdict()); // 100/80 = 1.25x < 2x
    assertEquals(Verdict.NOT_MEASURED, targets.get(3).verdict());
    assertEquals("skipped (JDK 17: no virtual threads)", targets.get(3).missing());
    assertEquals(Verdict.MET, targets.get(4).verdict()); // 100/80, worst of 10, 10, 1.25
    assertEquals(Verdict.MET, targets.get(5).verdict()); // 13/10
    assertEquals(Verdict.MISSED, targets.get(6).verdict()); // 13/15
  }

  @Test
  void rendersOneRowPerFormWithRatiosToTheLockedOriginalAndTheRun() {
    OversubscriptionReport.RunInfo run =
        new OversubscriptionReport.RunInfo(
            "quick: 1 fork", HOST, "java -cp x Main --quick", "2026-12-07", "other processes 0%");
    String block = counterReport().render(run);
    assertTrue(block.startsWith("#### Counter, busy: a spinning thread per core added\n"), block);
    assertTrue(
        block.contains(
            "| | 1 thread, ns/call | x locked | 2 threads, ns/call | x locked | 64 threads*,"
                + " ns/call | x locked | 10,000 virtual threads*, ns/call | x locked |"),
        block);
    assertTrue(
        block.contains(
            "| locked original (synchronized long; baseline) | 100 ± 1 | 1 | 100 ± 1 | 1 | 100 ± 1"
                + " | 1 | skipped (JDK 17: no virtual threads) | |"),
        block);
    assertTrue(
        block.contains("| clustered, exclusive reps (PartitionedCounter) | 10.0 ± 1.0 | 10.00 ["),
        block);
    assertTrue(block.contains("| LongAdder | 13.0 ± 0.5 | 7.69 ["), block);
    assertTrue(block.contains("| AtomicLong | 40.0 ± 0.5 | 2.50 ["), block);
    assertTrue(block.contains("Command: `java -cp x Main --quick`"), block);
    assertTrue(block.contains("| target | measured ratio | verdict |"), block);
  }

  @Test
  void aTableGoesBetweenItsOwnMarkersAndLeavesTheOthersAlone() {
    String doc =
        "intro\n"
            + OversubscriptionReport.beginMarker("counter", "quiet")
            + "\nold\n"
            + OversubscriptionReport.endMarker("counter", "quiet")
            + "\nmiddle\n"
            + OversubscriptionReport.beginMarker("ids", "quiet")
            + "\nkept\n"
            + OversubscriptionReport.endMarker("ids", "quiet")
            + "\n";
    String replaced =
        PerformanceDoc.replaceBlock(
            doc,
            "new table",
            OversubscriptionReport.beginMarker("counter", "quiet"),
            OversubscriptionReport.endMarker("counter", "quiet"));
    assertTrue(replaced.contains("\n\nnew table\n\n"), replaced);
    assertTrue(!replaced.contains("old"), replaced);
    assertTrue(replaced.contains("middle") && replaced.contains("kept"), replaced);
  }

  @Test
  void argumentsGiveOneTablePerServiceAndLoadAndTheCommandToRerunIt() {
    OversubscriptionMain.Arguments arguments =
        OversubscriptionMain.Arguments.parse(
            new String[] {"--full", "--service", "counter,ids", "--load", "busy"});
    assertEquals(List.of("counter", "ids"), arguments.services);
    assertEquals(List.of("busy"), arguments.loads);
    assertEquals(5, arguments.callers.size());
    assertEquals(Path.of("docs", "performance.md"), arguments.doc);
    assertEquals(
        "--full --service ids --load busy",
        OversubscriptionMain.commandFor(arguments, "ids", "busy"));

    OversubscriptionMain.Arguments quick =
        OversubscriptionMain.Arguments.parse(
            new String[] {"--quick", "--callers", "8,virtual-10000", "--calls", "4096"});
    assertEquals(List.of(CallerCount.parse("8"), VIRTUAL), quick.callers);
    assertEquals(4096, quick.settings.callsOf("counter"));
    assertEquals(
        OversubscriptionMain.baseCalls("stats") >> 3,
        OversubscriptionMain.Arguments.parse(new String[] {"--quick"}).settings.callsOf("stats"));
    assertEquals(Path.of("benchmarks", "target", "oversubscription-quick.md"), quick.doc);
    assertEquals(
        "--quick --service stats --load quiet --callers 8,virtual-10000 --calls 4096",
        OversubscriptionMain.commandFor(quick, "stats", "quiet"));

    OversubscriptionMain.Arguments intoDocs =
        OversubscriptionMain.Arguments.parse(
            new String[] {"--quick", "--doc", "docs/performance.md"});
    assertEquals(
        "--quick --service ids --load busy --doc docs/performance.md",
        OversubscriptionMain.commandFor(intoDocs, "ids", "busy"));

    assertThrows(
        IllegalArgumentException.class,
        () -> OversubscriptionMain.Arguments.parse(new String[] {"--service", "counter"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> OversubscriptionMain.Arguments.parse(new String[] {"--full", "--load", "noisy"}));
  }

  @Test
  void perCallDividesTheShotByItsCalls() {
    Measurement shot = Measurement.of("OversubscriptionBenchmark.shot", 1, 10.0, 1.0);
    Measurement perCall = OversubscriptionMain.perCall(shot, 1_000_000);
    assertEquals(10.0, perCall.score(), 1e-9); // 10 ms over a million calls: 10 ns each
    assertEquals(1.0, perCall.error(), 1e-9);
  }
}
