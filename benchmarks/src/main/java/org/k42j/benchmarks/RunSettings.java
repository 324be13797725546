package org.k42j.benchmarks;

import java.util.List;

/**
 * How long and how often each benchmark runs.
 *
 * @param name {@code quick} or {@code full}
 * @param forks JVMs per benchmark and thread count, run in as many rounds
 * @param warmupIterations warm-up iterations per fork
 * @param warmupMillis length of a warm-up iteration
 * @param measurementIterations measured iterations per fork
 * @param measurementMillis length of a measured iteration
 * @param threads the thread counts to run every benchmark at
 */
record RunSettings(
    String name,
    int forks,
    int warmupIterations,
    int warmupMillis,
    int measurementIterations,
    int measurementMillis,
    List<Integer> threads) {

  /** For the published table: 3 forks, 3 x 500 ms warm-up, 5 x 500 ms measured. */
  static RunSettings full() {
    return new RunSettings("full", 3, 3, 500, 5, 500, List.of(1, 2, 4));
  }

  /**
   * For checking a change in under 3 minutes: 1 fork, 1 x 200 ms warm-up, 3 x 200 ms measured, at 1
   * and 2 threads (a fork's start-up costs about as much as its iterations, so fewer forks is what
   * shortens the run; {@code --threads 1,2,4} adds the oversubscribed column back).
   */
  static RunSettings quick() {
    return new RunSettings("quick", 1, 1, 200, 3, 200, List.of(1, 2));
  }

  RunSettings withForks(int newForks) {
    return new RunSettings(
        name,
        newForks,
        warmupIterations,
        warmupMillis,
        measurementIterations,
        measurementMillis,
        threads);
  }

  RunSettings withThreads(List<Integer> newThreads) {
    return new RunSettings(
        name,
        forks,
        warmupIterations,
        warmupMillis,
        measurementIterations,
        measurementMillis,
        List.copyOf(newThreads));
  }

  /** One line for the report, e.g. "3 forks x (3 x 500 ms warm-up + 5 x 500 ms measured)". */
  String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "%d fork%s per benchmark and thread count (run in %d round%s, each round running every"
            + " benchmark once), each fork %d x %d ms warm-up + %d x %d ms measured"
            + " (single-shot benchmarks: the same numbers of shots)",
        forks,
        forks == 1 ? "" : "s",
        forks,
        forks == 1 ? "" : "s",
        warmupIterations,
        warmupMillis,
        measurementIterations,
        measurementMillis);
  }
}
