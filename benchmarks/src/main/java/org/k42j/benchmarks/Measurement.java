package org.k42j.benchmarks;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One benchmark's result at one thread count, as the report needs it: the primary score with its
 * 99.9% confidence half-width, and the allocation per operation from JMH's GC profiler.
 *
 * @param benchmark the benchmark's simple class name and method, e.g. {@code
 *     DispatchBenchmark.trivialClustered}
 * @param params the JMH parameters of this run, by name
 * @param threads the number of benchmark threads
 * @param mode the JMH mode's short name ({@code avgt}, {@code ss})
 * @param score the mean time per operation
 * @param error the 99.9% confidence half-width of {@code score}, NaN when JMH had too few samples
 * @param unit the unit of {@code score}, e.g. {@code ns/op}
 * @param allocBytesPerOp bytes allocated per operation ({@code gc.alloc.rate.norm}), NaN when the
 *     GC profiler did not run
 * @param allocError the 99.9% confidence half-width of {@code allocBytesPerOp}
 * @param samples the number of measurement iterations behind the score, over all forks
 */
record Measurement(
    String benchmark,
    SortedMap<String, String> params,
    int threads,
    String mode,
    double score,
    double error,
    String unit,
    double allocBytesPerOp,
    double allocError,
    long samples) {

  Measurement {
    params = new TreeMap<>(params);
  }

  /** A measurement without parameters or allocation data, for tests and simple cases. */
  static Measurement of(String benchmark, int threads, double score, double error) {
    return new Measurement(
        benchmark,
        new TreeMap<>(),
        threads,
        "avgt",
        score,
        error,
        "ns/op",
        Double.NaN,
        Double.NaN,
        0);
  }

  /** This measurement with the parameter {@code name=value} added. */
  Measurement with(String name, String value) {
    SortedMap<String, String> more = new TreeMap<>(params);
    more.put(name, value);
    return new Measurement(
        benchmark, more, threads, mode, score, error, unit, allocBytesPerOp, allocError, samples);
  }

  /** This measurement with allocation data. */
  Measurement allocating(double bytesPerOp, double bytesError) {
    return new Measurement(
        benchmark, params, threads, mode, score, error, unit, bytesPerOp, bytesError, samples);
  }

  /**
   * The benchmark and its parameters, the name the report layout uses: {@code
   * CounterBenchmark.incrementHeavy[impl=long-adder]}, or the bare benchmark without parameters.
   */
  String key() {
    return keyOf(benchmark, params);
  }

  static String keyOf(String benchmark, Map<String, String> params) {
    if (params.isEmpty()) {
      return benchmark;
    }
    StringBuilder key = new StringBuilder(benchmark).append('[');
    String separator = "";
    for (Map.Entry<String, String> param : new TreeMap<>(params).entrySet()) {
      key.append(separator).append(param.getKey()).append('=').append(param.getValue());
      separator = ",";
    }
    return key.append(']').toString();
  }
}
