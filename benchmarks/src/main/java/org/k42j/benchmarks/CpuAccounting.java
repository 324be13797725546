package org.k42j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How much of the host other processes used while the benchmarks ran: the host's busy time from
 * {@code /proc/stat} less this JVM's own and its finished children's (the benchmark forks) from
 * {@code /proc/self/stat}. On a shared 2-core host this says whether a run can be trusted.
 *
 * @param busyTicks host time spent in user, nice, system, irq and softirq, all processors
 * @param totalTicks host time of all processors, idle included
 * @param stealTicks host time the hypervisor gave to other guests
 * @param ownTicks this process's user and system time plus its waited-for children's
 * @param readable whether both files could be read
 */
record CpuAccounting(
    long busyTicks, long totalTicks, long stealTicks, long ownTicks, boolean readable) {

  /** The counters now. */
  static CpuAccounting now() {
    try {
      return parse(
          Files.readAllLines(Path.of("/proc/stat")).get(0),
          Files.readString(Path.of("/proc/self/stat")));
    } catch (IOException | RuntimeException e) {
      return new CpuAccounting(0, 0, 0, 0, false);
    }
  }

  /** From the {@code cpu} line of {@code /proc/stat} and the text of {@code /proc/self/stat}. */
  static CpuAccounting parse(String cpuLine, String selfStat) {
    String[] cpu = cpuLine.trim().split("\\s+");
    if (!cpu[0].equals("cpu")) {
      throw new IllegalArgumentException("not the cpu line of /proc/stat: " + cpuLine);
    }
    long user = Long.parseLong(cpu[1]);
    long nice = Long.parseLong(cpu[2]);
    long system = Long.parseLong(cpu[3]);
    long idle = Long.parseLong(cpu[4]);
    long iowait = Long.parseLong(cpu[5]);
    long irq = Long.parseLong(cpu[6]);
    long softirq = Long.parseLong(cpu[7]);
    long steal = cpu.length > 8 ? Long.parseLong(cpu[8]) : 0;
    // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
    String[] self = selfStat.substring(selfStat.lastIndexOf(')') + 2).trim().split("\\s+");
    // utime, stime, cutime, cstime are fields 14-17 of the whole line, 12-15 after the name.
    long own = 0;
    for (int field = 11; field <= 14; field++) {
      own += Long.parseLong(self[field]);
    }
    long busy = user + nice + system + irq + softirq;
    return new CpuAccounting(busy, busy + idle + iowait + steal, steal, own, true);
  }

  /** The host time between {@code start} and this later reading, split by who used it. */
  Interference since(CpuAccounting start) {
    if (!readable || !start.readable) {
      return Interference.UNKNOWN;
    }
    long others = Math.max(0, (busyTicks - start.busyTicks) - (ownTicks - start.ownTicks));
    return new Interference(
        others, stealTicks - start.stealTicks, totalTicks - start.totalTicks, true);
  }

  /**
   * Host time over some interval: what other processes used, what the hypervisor stole, and the
   * whole (all processors, idle included); intervals add up.
   */
  record Interference(long othersTicks, long stealTicks, long totalTicks, boolean known) {
    static final Interference NONE = new Interference(0, 0, 0, true);
    static final Interference UNKNOWN = new Interference(0, 0, 0, false);

    Interference plus(Interference other) {
      return new Interference(
          othersTicks + other.othersTicks,
          stealTicks + other.stealTicks,
          totalTicks + other.totalTicks,
          known && other.known);
    }

    /** One phrase for the report. */
    String describe() {
      if (!known) {
        return "unknown (no /proc)";
      }
      if (totalTicks <= 0) {
        return "unknown (no time passed)";
      }
      return String.format(
          Locale.ROOT,
          "other processes %.0f%%, hypervisor steal %.0f%%",
          100.0 * othersTicks / totalTicks,
          100.0 * stealTicks / totalTicks);
    }
  }
}
