package org.k42j.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.k42j.benchmarks.RatioEstimate.Kind;
import org.k42j.benchmarks.ReportLayout.AllocationTarget;
import org.k42j.benchmarks.ReportLayout.Group;
import org.k42j.benchmarks.ReportLayout.RatioTarget;
import org.k42j.benchmarks.ReportLayout.Row;
import org.k42j.benchmarks.ReportLayout.Table;

/**
 * Renders measurements as the Markdown block of docs/performance.md: the run's settings and host,
 * the targets with their verdicts, and one table per {@link ReportLayout.Table}. Every ratio is
 * taken between measurements of the same run.
 */
final class MarkdownReport {
  /**
   * What a run measured on, how, and how it was started; {@code interference} says, per thread
   * count, how much of the host other processes took meanwhile ({@link CpuAccounting}).
   */
  record RunInfo(
      Host host, RunSettings settings, String command, String date, List<String> interference) {}

  /** How a measured ratio stands against its target. */
  enum Verdict {
    MET("met"),
    MET_WITHIN_ERROR("met by the mean, not by the whole interval"),
    MISSED_WITHIN_ERROR("missed by the mean, within the interval"),
    MISSED("missed"),
    NOT_MEASURED("not measured");

    final String text;

    Verdict(String text) {
      this.text = text;
    }
  }

  private final ReportLayout layout;
  private final Map<String, Measurement> byKeyAndThreads = new HashMap<>();

  MarkdownReport(ReportLayout layout, List<Measurement> measurements) {
    this.layout = layout;
    for (Measurement measurement : measurements) {
      byKeyAndThreads.put(slot(measurement.key(), measurement.threads()), measurement);
    }
  }

  private static String slot(String key, int threads) {
    return key + "@" + threads;
  }

  Measurement find(String key, int threads) {
    return byKeyAndThreads.get(slot(key, threads));
  }

  /**
   * The ratio of {@code key} to {@code baselineKey} at {@code threads}, or null if either is
   * missing.
   */
  RatioEstimate ratio(String key, String baselineKey, int threads, Kind kind) {
    Measurement measured = find(key, threads);
    Measurement baseline = find(baselineKey, threads);
    return measured == null || baseline == null ? null : RatioEstimate.of(measured, baseline, kind);
  }

  /** The verdict of one ratio target. */
  Verdict verdict(RatioTarget target) {
    RatioEstimate ratio =
        ratio(target.key(), target.baselineKey(), target.threads(), target.kind());
    return judge(ratio, target.bound(), target.atMost());
  }

  /**
   * How {@code ratio} (null: not measured) stands against at most (or, unless {@code atMost}, at
   * least) {@code bound}: met when the whole interval meets it.
   */
  static Verdict judge(RatioEstimate ratio, double bound, boolean atMost) {
    if (ratio == null) {
      return Verdict.NOT_MEASURED;
    }
    boolean meanMeets = meets(ratio.value(), bound, atMost);
    if (!ratio.hasInterval()) {
      return meanMeets ? Verdict.MET_WITHIN_ERROR : Verdict.MISSED_WITHIN_ERROR;
    }
    boolean worstMeets = meets(atMost ? ratio.high() : ratio.low(), bound, atMost);
    boolean bestMeets = meets(atMost ? ratio.low() : ratio.high(), bound, atMost);
    if (worstMeets) {
      return Verdict.MET;
    }
    if (meanMeets) {
      return Verdict.MET_WITHIN_ERROR;
    }
    return bestMeets ? Verdict.MISSED_WITHIN_ERROR : Verdict.MISSED;
  }

  private static boolean meets(double value, double bound, boolean atMost) {
    return atMost ? value <= bound : value >= bound;
  }

  /** The largest allocation among the target's measurements, or null when none has GC data. */
  Measurement largestAllocation(AllocationTarget target, List<Integer> threadCounts) {
    Measurement largest = null;
    for (String key : target.keys()) {
      for (int threads : threadCounts) {
        Measurement measurement = find(key, threads);
        if (measurement != null
            && !Double.isNaN(measurement.allocBytesPerOp())
            && (largest == null || measurement.allocBytesPerOp() > largest.allocBytesPerOp())) {
          largest = measurement;
        }
      }
    }
    return largest;
  }

  /** The whole block. */
  String render(RunInfo run) {
    StringBuilder out = new StringBuilder();
    List<Integer> threadCounts = run.settings().threads();
    int cores = run.host().cores();
    out.append("### Run\n\n");
    out.append("| | |\n|---|---|\n");
    out.append("| mode | ")
        .append(run.settings().name())
        .append(": ")
        .append(run.settings().describe())
        .append(" |\n");
    out.append("| host | ")
        .append(run.host().cpuModel())
        .append(", ")
        .append(cores)
        .append(cores == 1 ? " core" : " cores")
        .append(" (`nproc`); ")
        .append(oversubscription(threadCounts, cores))
        .append(" |\n");
    out.append("| OS | ").append(run.host().os()).append(" |\n");
    out.append("| JDK | ")
        .append(run.host().jdk())
        .append(", ")
        .append(run.host().vm())
        .append(" |\n");
    out.append("| JMH | ")
        .append(run.host().jmh())
        .append(
            ", profiler `gc`; scores are means in ns/op, `±` is the 99.9% confidence"
                + " half-width; ratios show the interval both scores' intervals allow |\n");
    out.append("| command | `").append(run.command()).append("` |\n");
    out.append("| date | ").append(run.date()).append(" |\n");
    out.append("| host used by others during the run | ")
        .append(run.interference().isEmpty() ? "unknown" : String.join("; ", run.interference()))
        .append(" |\n\n");

    out.append("### Targets\n\n");
    out.append("| target | measured ratio | verdict |\n|---|---|---|\n");
    for (RatioTarget target : layout.ratioTargets()) {
      RatioEstimate ratio =
          ratio(target.key(), target.baselineKey(), target.threads(), target.kind());
      out.append("| ")
          .append(target.description())
          .append(" | ")
          .append(ratio == null ? "n/a" : formatRatio(ratio))
          .append(" | ")
          .append(verdict(target).text)
          .append(" |\n");
    }
    AllocationTarget allocation = layout.allocationTarget();
    Measurement largest = largestAllocation(allocation, threadCounts);
    out.append("| ").append(allocation.description()).append(" | ");
    if (largest == null) {
      out.append("n/a | ").append(Verdict.NOT_MEASURED.text).append(" |\n\n");
    } else {
      out.append("largest: ")
          .append(formatBytes(largest.allocBytesPerOp()))
          .append(" B/op (")
          .append(largest.key())
          .append(", ")
          .append(largest.threads())
          .append(largest.threads() == 1 ? " thread" : " threads")
          .append(") | ")
          .append(
              largest.allocBytesPerOp() < allocation.zeroBelow()
                  ? "met (zero: below " + formatBytes(allocation.zeroBelow()) + " B/op)"
                  : Verdict.MISSED.text)
          .append(" |\n\n");
    }

    for (Table table : layout.tables()) {
      renderTable(out, table, threadCounts, cores);
    }
    return out.toString();
  }

  private static String oversubscription(List<Integer> threadCounts, int cores) {
    StringBuilder note = new StringBuilder();
    for (int threads : threadCounts) {
      if (threads > cores) {
        if (note.length() > 0) {
          note.append(", ");
        }
        note.append(threads);
      }
    }
    return note.length() == 0
        ? "no thread count exceeds the cores"
        : "runs at " + note + " threads have more threads than cores (marked *)";
  }

  private void renderTable(StringBuilder out, Table table, List<Integer> threadCounts, int cores) {
    out.append("### ").append(table.title()).append("\n\n");
    out.append(table.explanation()).append("\n\n");
    out.append("| |");
    StringBuilder rule = new StringBuilder("|---|");
    for (int threads : threadCounts) {
      out.append(' ')
          .append(threads)
          .append(threads == 1 ? " thread" : " threads")
          .append(threads > cores ? "*" : "")
          .append(", ns/op | ")
          .append(table.ratioHeader())
          .append(" |");
      rule.append("--:|--:|");
    }
    out.append(" B/op |\n").append(rule).append("--:|\n");
    for (Group group : table.groups()) {
      for (Row row : group.rows()) {
        out.append("| ").append(row.label()).append(" |");
        double bytes = Double.NaN;
        for (int threads : threadCounts) {
          Measurement measurement = find(row.key(), threads);
          if (measurement == null) {
            out.append(" n/a | n/a |");
            continue;
          }
          out.append(' ')
              .append(formatScore(measurement.score(), measurement.error()))
              .append(" |");
          if (row.key().equals(group.baselineKey())) {
            out.append(" 1 |");
          } else {
            RatioEstimate ratio = ratio(row.key(), group.baselineKey(), threads, table.kind());
            out.append(' ').append(ratio == null ? "n/a" : formatRatio(ratio)).append(" |");
          }
          if (!Double.isNaN(measurement.allocBytesPerOp())
              && (Double.isNaN(bytes) || measurement.allocBytesPerOp() > bytes)) {
            bytes = measurement.allocBytesPerOp();
          }
        }
        out.append(' ').append(Double.isNaN(bytes) ? "n/a" : formatBytes(bytes)).append(" |\n");
      }
    }
    out.append('\n');
  }

  /** {@code 9.71 ± 0.12}, with as many decimals as the size of the score asks. */
  static String formatScore(double score, double error) {
    String pattern = score >= 100 ? "%.0f" : score >= 10 ? "%.1f" : "%.2f";
    String value = String.format(Locale.ROOT, pattern, score);
    return Double.isNaN(error) ? value : value + " ± " + String.format(Locale.ROOT, pattern, error);
  }

  /** {@code 1.04 [0.98, 1.10]}. */
  static String formatRatio(RatioEstimate ratio) {
    String value = String.format(Locale.ROOT, "%.2f", ratio.value());
    if (!ratio.hasInterval()) {
      return value;
    }
    String high =
        Double.isInfinite(ratio.high()) ? "inf" : String.format(Locale.ROOT, "%.2f", ratio.high());
    return value + " [" + String.format(Locale.ROOT, "%.2f", ratio.low()) + ", " + high + "]";
  }

  /** Bytes per operation: {@code 0.00} for a non-allocating benchmark, whole bytes above 10. */
  static String formatBytes(double bytes) {
    return String.format(Locale.ROOT, bytes >= 10 ? "%.0f" : "%.3f", bytes);
  }
}
