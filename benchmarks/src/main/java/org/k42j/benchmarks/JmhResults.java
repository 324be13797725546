package org.k42j.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Turns JMH's run results into {@link Measurement}s. */
final class JmhResults {
  /** The GC profiler's bytes allocated per operation; JMH prefixes it with a middle dot. */
  static final String ALLOC_NORM = "gc.alloc.rate.norm";

  private JmhResults() {}

  static List<Measurement> measurements(Collection<RunResult> results) {
    List<Measurement> measurements = new ArrayList<>();
    for (RunResult result : results) {
      measurements.add(measurement(result));
    }
    return measurements;
  }

  private static Measurement measurement(RunResult result) {
    BenchmarkParams params = result.getParams();
    Map<String, String> values = new TreeMap<>();
    for (String key : params.getParamsKeys()) {
      values.put(key, params.getParam(key));
    }
    Result<?> primary = result.getPrimaryResult();
    double alloc = Double.NaN;
    double allocError = Double.NaN;
    for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
      if (secondary.getKey().endsWith(ALLOC_NORM)) {
        alloc = secondary.getValue().getScore();
        allocError = secondary.getValue().getScoreError();
      }
    }
    return new Measurement(
        simpleName(params.getBenchmark()),
        new TreeMap<>(values),
        params.getThreads(),
        params.getMode().shortLabel(),
        primary.getScore(),
        primary.getScoreError(),
        primary.getScoreUnit(),
        alloc,
        allocError,
        primary.getSampleCount());
  }

  /** {@code org.k42j.benchmarks.DispatchBenchmark.trivialDirect} to {@code DispatchBenchmark.trivialDirect}. */
  static String simpleName(String benchmark) {
    int method = benchmark.lastIndexOf('.');
    int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
    return benchmark.substring(type + 1);
  }
}
