package org.k42j.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a run as JSON: its settings, host and every measurement (no library needed). */
final class ResultsJson {
  private ResultsJson() {}

  static String write(MarkdownReport.RunInfo run, List<Measurement> measurements) {
    StringBuilder out = new StringBuilder("{\n");
    RunSettings settings = run.settings();
    Host host = run.host();
    out.append("  \"mode\": ").append(string(settings.name())).append(",\n");
    out.append("  \"date\": ").append(string(run.date())).append(",\n");
    out.append("  \"command\": ").append(string(run.command())).append(",\n");
    out.append("  \"interference\": [");
    for (int i = 0; i < run.interference().size(); i++) {
      out.append(i == 0 ? "" : ", ").append(string(run.interference().get(i)));
    }
    out.append("],\n");
    out.append("  \"forks\": ").append(settings.forks()).append(",\n");
    out.append("  \"warmupIterations\": ").append(settings.warmupIterations()).append(",\n");
    out.append("  \"warmupMillis\": ").append(settings.warmupMillis()).append(",\n");
    out.append("  \"measurementIterations\": ")
        .append(settings.measurementIterations())
        .append(",\n");
    out.append("  \"measurementMillis\": ").append(settings.measurementMillis()).append(",\n");
    out.append("  \"host\": {\"cpu\": ")
        .append(string(host.cpuModel()))
        .append(", \"cores\": ")
        .append(host.cores())
        .append(", \"os\": ")
        .append(string(host.os()))
        .append(", \"jdk\": ")
        .append(string(host.jdk()))
        .append(", \"vm\": ")
        .append(string(host.vm()))
        .append(", \"jmh\": ")
        .append(string(host.jmh()))
        .append("},\n");
    out.append("  \"results\": [");
    String separator = "\n";
    for (Measurement m : measurements) {
      out.append(separator)
          .append("    {\"benchmark\": ")
          .append(string(m.benchmark()))
          .append(", \"key\": ")
          .append(string(m.key()))
          .append(", \"params\": {");
      String paramSeparator = "";
      for (Map.Entry<String, String> param : m.params().entrySet()) {
        out.append(paramSeparator)
            .append(string(param.getKey()))
            .append(": ")
            .append(string(param.getValue()));
        paramSeparator = ", ";
      }
      out.append("}, \"threads\": ")
          .append(m.threads())
          .append(", \"mode\": ")
          .append(string(m.mode()))
          .append(", \"score\": ")
          .append(number(m.score()))
          .append(", \"error\": ")
          .append(number(m.error()))
          .append(", \"unit\": ")
          .append(string(m.unit()))
          .append(", \"allocBytesPerOp\": ")
          .append(number(m.allocBytesPerOp()))
          .append(", \"allocError\": ")
          .append(number(m.allocError()))
          .append(", \"samples\": ")
          .append(m.samples())
          .append('}');
      separator = ",\n";
    }
    out.append("\n  ]\n}\n");
    return out.toString();
  }

  /** A JSON number, or null for NaN and infinities (which JSON cannot write). */
  static String number(double value) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? "null"
        : String.format(Locale.ROOT, "%.6g", value);
  }

  /** A JSON string literal. */
  static String string(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
