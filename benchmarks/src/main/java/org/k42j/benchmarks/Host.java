package org.k42j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine and JVM a run measured, for the report.
 *
 * @param cpuModel the first {@code model name} of {@code /proc/cpuinfo}, or {@code unknown}
 * @param cores the processors available to the JVM (what {@code nproc} prints)
 * @param jdk the JDK version of the benchmark JVMs
 * @param vm the VM name and version of the benchmark JVMs
 * @param os the operating system and architecture
 * @param jmh the JMH version
 */
record Host(String cpuModel, int cores, String jdk, String vm, String os, String jmh) {

  /** This machine, with the JVM details JMH reported for its forks. */
  static Host current(String jdk, String vm, String jmh) {
    return new Host(
        cpuModel(Path.of("/proc/cpuinfo")),
        Runtime.getRuntime().availableProcessors(),
        jdk,
        vm,
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        jmh);
  }

  /** The first {@code model name} line of a {@code /proc/cpuinfo}-style file. */
  static String cpuModel(Path cpuinfo) {
    try {
      return cpuModel(Files.readAllLines(cpuinfo));
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static String cpuModel(List<String> cpuinfoLines) {
    for (String line : cpuinfoLines) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equals("model name")) {
        return line.substring(colon + 1).trim();
      }
    }
    return "unknown";
  }
}
