package org.k42j.kernel;

import java.util.List;
import java.util.stream.Collectors;

/** The kernel's platform threads alive in this JVM (all are named {@code k42j-...}). */
public final class KernelThreads {
  private KernelThreads() {}

  /** The names of the live threads named {@code k42j-...}, sorted. */
  public static List<String> alive() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("k42j-"))
        .sorted()
        .collect(Collectors.toList());
  }
}
