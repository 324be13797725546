package org.k42j.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Turns JMH's run results into {@link Measurement}s, one per benchmark, parameters and thread
 * count, merging the forks of several runs (the rounds of {@link BenchmarkMain}): the score and its
 * error are JMH's own statistics (mean, 99.9% Student-t half-width) over every measured iteration
 * of every fork.
 */
final class JmhResults {
  /** The GC profiler's bytes allocated per operation; JMH prefixes it with a middle dot. */
  static final String ALLOC_NORM = "gc.alloc.rate.norm";

  private static final double CONFIDENCE = 0.999;

  private JmhResults() {}

  static List<Measurement> measurements(Collection<RunResult> results) {
    Map<String, Merged> merged = new LinkedHashMap<>();
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      Map<String, String> values = new TreeMap<>();
      for (String key : params.getParamsKeys()) {
        values.put(key, params.getParam(key));
      }
      String benchmark = simpleName(params.getBenchmark());
      Merged into =
          merged.computeIfAbsent(
              Measurement.keyOf(benchmark, values) + "@" + params.getThreads(),
              k ->
                  new Merged(
                      benchmark, values, params.getThreads(), params.getMode().shortLabel()));
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        for (IterationResult iteration : fork.getIterationResults()) {
          into.add(iteration);
        }
      }
    }
    List<Measurement> measurements = new ArrayList<>();
    for (Merged one : merged.values()) {
      measurements.add(one.measurement());
    }
    return measurements;
  }

  /**
   * {@code org.k42j.benchmarks.DispatchBenchmark.trivialDirect} to {@code
   * DispatchBenchmark.trivialDirect}.
   */
  static String simpleName(String benchmark) {
    int method = benchmark.lastIndexOf('.');
    int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
    return benchmark.substring(type + 1);
  }

  /** The iterations of one benchmark at one thread count, over all forks seen so far. */
  private static final class Merged {
    final String benchmark;
    final Map<String, String> params;
    final int threads;
    final String mode;
    final ListStatistics score = new ListStatistics();
    final ListStatistics alloc = new ListStatistics();
    String unit = "";

    Merged(String benchmark, Map<String, String> params, int threads, String mode) {
      this.benchmark = benchmark;
      this.params = params;
      this.threads = threads;
      this.mode = mode;
    }

    void add(IterationResult iteration) {
      Result<?> primary = iteration.getPrimaryResult();
      score.addValue(primary.getScore());
      unit = primary.getScoreUnit();
      for (Map.Entry<String, Result> secondary : iteration.getSecondaryResults().entrySet()) {
        if (secondary.getKey().endsWith(ALLOC_NORM)) {
          alloc.addValue(secondary.getValue().getScore());
        }
      }
    }

    Measurement measurement() {
      boolean hasAlloc = alloc.getN() > 0;
      return new Measurement(
          benchmark,
          new TreeMap<>(params),
          threads,
          mode,
          score.getMean(),
          score.getMeanErrorAt(CONFIDENCE),
          unit,
          hasAlloc ? alloc.getMean() : Double.NaN,
          hasAlloc ? alloc.getMeanErrorAt(CONFIDENCE) : Double.NaN,
          score.getN());
    }
  }
}
