package org.k42j.benchmarks;

import org.k42j.annotations.Exported;

/** The null service of {@link PpcBenchmark}: one method that does (almost) nothing. */
@Exported
public interface Echo {
  /** Returns {@code value}. */
  int echo(int value);
}
