package org.k42j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.benchmarks.MarkdownReport.Verdict;
import org.k42j.benchmarks.RatioEstimate.Kind;
import org.k42j.benchmarks.ReportLayout.AllocationTarget;
import org.k42j.benchmarks.ReportLayout.Group;
import org.k42j.benchmarks.ReportLayout.RatioTarget;
import org.k42j.benchmarks.ReportLayout.Row;
import org.k42j.benchmarks.ReportLayout.Table;

class MarkdownReportTest {
  private static final Host HOST =
      new Host("Test CPU 9000", 2, "17.0.15", "Test VM 17", "Linux amd64", "1.37");

  private static ReportLayout layout(RatioTarget... targets) {
    return new ReportLayout(
        List.of(
            new Table(
                "Calls",
                "Fake calls.",
                Kind.TIME,
                "x direct",
                List.of(
                    new Group(
                        "B.direct",
                        List.of(
                            new Row("B.direct", "direct (baseline)"),
                            new Row("B.clustered", "clustered"))))),
            new Table(
                "Counters",
                "Fake counters.",
                Kind.THROUGHPUT,
                "x adder",
                List.of(
                    new Group(
                        "C.inc[impl=adder]",
                        List.of(
                            new Row("C.inc[impl=adder]", "adder (baseline)"),
                            new Row("C.inc[impl=mine]", "mine")))))),
        List.of(targets),
        new AllocationTarget("no allocation", List.of("B.clustered", "C.inc[impl=mine]"), 0.01));
  }

  private static List<Measurement> measurements() {
    return List.of(
        Measurement.of("B.direct", 1, 4.0, 0.1).allocating(0.0001, 0.0),
        Measurement.of("B.clustered", 1, 5.0, 0.2).allocating(0.0002, 0.0),
        Measurement.of("B.direct", 2, 4.0, 0.1),
        Measurement.of("B.clustered", 2, 4.2, 0.05).allocating(0.003, 0.0),
        Measurement.of("C.inc", 2, 10.0, 1.0).with("impl", "adder"),
        Measurement.of("C.inc", 2, 2.5, 0.5).with("impl", "mine").allocating(24.0, 0.0),
        Measurement.of("B.direct", 4, 4.0, 0.1),
        Measurement.of("B.clustered", 4, 4.3, 0.4));
  }

  private static RatioTarget dispatchTarget(int threads) {
    return new RatioTarget(
        "dispatch at " + threads, "B.clustered", "B.direct", threads, Kind.TIME, 1.10, true);
  }

  @Test
  void timeRatioIsScoreOverBaselineWithTheIntervalBothErrorsAllow() {
    MarkdownReport report = new MarkdownReport(layout(), measurements());

    RatioEstimate ratio = report.ratio("B.clustered", "B.direct", 1, Kind.TIME);

    assertEquals(1.25, ratio.value(), 1e-12);
    assertEquals(4.8 / 4.1, ratio.low(), 1e-12);
    assertEquals(5.2 / 3.9, ratio.high(), 1e-12);
  }

  @Test
  void throughputRatioIsBaselineTimeOverScore() {
    MarkdownReport report = new MarkdownReport(layout(), measurements());

    RatioEstimate ratio = report.ratio("C.inc[impl=mine]", "C.inc[impl=adder]", 2, Kind.THROUGHPUT);

    assertEquals(4.0, ratio.value(), 1e-12);
    assertEquals(9.0 / 3.0, ratio.low(), 1e-12);
    assertEquals(11.0 / 2.0, ratio.high(), 1e-12);
  }

  @Test
  void ratioOfAMissingMeasurementIsAbsent() {
    MarkdownReport report = new MarkdownReport(layout(), measurements());

    assertNull(report.ratio("C.inc[impl=mine]", "C.inc[impl=adder]", 1, Kind.THROUGHPUT));
  }

  @Test
  void verdictsTellTheWholeIntervalFromTheMeanAlone() {
    MarkdownReport report = new MarkdownReport(layout(), measurements());

    // 1 thread: 1.25 [1.17, 1.33], entirely above 1.10
    assertEquals(Verdict.MISSED, report.verdict(dispatchTarget(1)));
    // 2 threads: 1.05 [1.01, 1.09]: the whole interval within the bound
    assertEquals(Verdict.MET, report.verdict(dispatchTarget(2)));
    // 4 threads: 1.075 [0.95, 1.21]
    assertEquals(Verdict.MET_WITHIN_ERROR, report.verdict(dispatchTarget(4)));
    RatioTarget tooStrict =
        new RatioTarget("strict", "B.clustered", "B.direct", 4, Kind.TIME, 1.0, true);
    assertEquals(Verdict.MISSED_WITHIN_ERROR, report.verdict(tooStrict));
    RatioTarget atLeastThree =
        new RatioTarget(
            "3x", "C.inc[impl=mine]", "C.inc[impl=adder]", 2, Kind.THROUGHPUT, 3.0, false);
    assertEquals(Verdict.MET, report.verdict(atLeastThree));
    RatioTarget unmeasured =
        new RatioTarget(
            "1 thread", "C.inc[impl=mine]", "C.inc[impl=adder]", 1, Kind.THROUGHPUT, 1.0, false);
    assertEquals(Verdict.NOT_MEASURED, report.verdict(unmeasured));
  }

  @Test
  void largestAllocationIsFoundAcrossKeysAndThreadCounts() {
    MarkdownReport report = new MarkdownReport(layout(), measurements());

    Measurement largest = report.largestAllocation(layout().allocationTarget(), List.of(1, 2, 4));

    assertEquals("C.inc[impl=mine]", largest.key());
    assertEquals(24.0, largest.allocBytesPerOp());
  }

  @Test
  void renderedBlockHasHostTargetsAndOneRowPerLayoutLine() {
    MarkdownReport report = new MarkdownReport(layout(dispatchTarget(1)), measurements());
    MarkdownReport.RunInfo run =
        new MarkdownReport.RunInfo(
            HOST,
            RunSettings.quick().withThreads(List.of(1, 2, 4)),
            "java -jar b.jar --quick",
            "today",
            List.of("1 thread: other processes 3%, hypervisor steal 0%"));

    String block = report.render(run);

    assertTrue(
        block.contains(
            "| host | Test CPU 9000, 2 cores (`nproc`); runs at 4 threads have"
                + " more threads than cores (marked *) |"),
        block);
    assertTrue(block.contains("| JDK | 17.0.15, Test VM 17 |"), block);
    assertTrue(block.contains("| command | `java -jar b.jar --quick` |"), block);
    assertTrue(
        block.contains(
            "| host used by others during the run | 1 thread: other processes 3%, hypervisor"
                + " steal 0% |"),
        block);
    assertTrue(block.contains("| dispatch at 1 | 1.25 [1.17, 1.33] | missed |"), block);
    assertTrue(
        block.contains(
            "| no allocation | largest: 24 B/op (C.inc[impl=mine], 2 threads)" + " | missed |"),
        block);
    assertTrue(
        block.contains(
            "| | 1 thread, ns/op | x direct | 2 threads, ns/op | x direct |"
                + " 4 threads*, ns/op | x direct | B/op |"),
        block);
    assertTrue(
        block.contains(
            "| direct (baseline) | 4.00 ± 0.10 | 1 | 4.00 ± 0.10 | 1 |"
                + " 4.00 ± 0.10 | 1 | 0.000 |"),
        block);
    assertTrue(
        block.contains(
            "| clustered | 5.00 ± 0.20 | 1.25 [1.17, 1.33] | 4.20 ± 0.05 |"
                + " 1.05 [1.01, 1.09] | 4.30 ± 0.40 | 1.08 [0.95, 1.21] | 0.003 |"),
        block);
    assertTrue(
        block.contains(
            "| mine | n/a | n/a | 2.50 ± 0.50 | 4.00 [3.00, 5.50] | n/a | n/a" + " | 24 |"),
        block);
  }

  @Test
  void scoresKeepDecimalsSuitedToTheirSize() {
    assertEquals("9.71 ± 0.12", MarkdownReport.formatScore(9.7123, 0.1234));
    assertEquals("35.0 ± 12.3", MarkdownReport.formatScore(35.04, 12.34));
    assertEquals("1234 ± 57", MarkdownReport.formatScore(1234.4, 56.7));
    assertEquals("3.00", MarkdownReport.formatScore(3.0, Double.NaN));
  }

  @Test
  void ratioWithoutErrorsHasNoInterval() {
    RatioEstimate ratio = RatioEstimate.quotient(3.0, Double.NaN, 2.0, 0.1);

    assertEquals("1.50", MarkdownReport.formatRatio(ratio));
  }

  @Test
  void divisorIntervalReachingZeroGivesAnUnboundedRatio() {
    RatioEstimate ratio = RatioEstimate.quotient(3.0, 0.5, 2.0, 2.5);

    assertEquals(Double.POSITIVE_INFINITY, ratio.high());
    assertEquals("1.50 [0.56, inf]", MarkdownReport.formatRatio(ratio));
  }
}
