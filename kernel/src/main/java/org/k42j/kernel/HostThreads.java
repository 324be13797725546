package org.k42j.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * How many more threads the host lets this JVM start, as far as Linux says. Every limit that bounds
 * the threads of a process counts: {@code /proc/sys/kernel/threads-max} and {@code pid_max} (every
 * thread of the host takes a pid), the process's {@code RLIMIT_NPROC} ({@code Max processes} in
 * {@code /proc/self/limits}) and its cgroup's {@code pids.max}. The host's threads in use are the
 * total of {@code /proc/loadavg} (cgroup: {@code pids.current}). Nothing of it may be readable (not
 * Linux, a restricted {@code /proc}): the room is then unknown and only the backend's maximum
 * applies.
 *
 * <p>Immutable: a snapshot taken when the kernel boots.
 */
final class HostThreads {
  private final long room; // -1: unknown
  private final String description;

  private HostThreads(long room, String description) {
    this.room = room;
    this.description = description;
  }

  /** This host's snapshot. */
  static HostThreads read() {
    return read(Path.of("/"));
  }

  /** The snapshot a file system rooted at {@code root} describes (tests give a fake one). */
  static HostThreads read(Path root) {
    long inUse = totalThreads(text(root.resolve("proc/loadavg")));
    List<String> limits = new ArrayList<>();
    long room = Long.MAX_VALUE;
    for (String name : List.of("threads-max", "pid_max")) {
      long limit = number(text(root.resolve("proc/sys/kernel").resolve(name)));
      if (limit > 0 && inUse >= 0) {
        room = Math.min(room, limit - inUse);
        limits.add(name + " " + limit);
      }
    }
    long nproc = maxProcesses(text(root.resolve("proc/self/limits")));
    if (nproc > 0 && inUse >= 0) {
      room = Math.min(room, nproc - inUse);
      limits.add("RLIMIT_NPROC " + nproc);
    }
    Path cgroup = pidsCgroup(root, text(root.resolve("proc/self/cgroup")));
    if (cgroup != null) {
      long max = number(text(cgroup.resolve("pids.max")));
      long current = number(text(cgroup.resolve("pids.current")));
      if (max > 0 && current >= 0) {
        room = Math.min(room, max - current);
        limits.add("cgroup pids.max " + max + " (" + current + " in use)");
      }
    }
    if (limits.isEmpty()) {
      return new HostThreads(-1, "the host's thread limits are unknown (no Linux /proc)");
    }
    room = Math.max(0, room);
    return new HostThreads(
        room,
        "the host has room for "
            + room
            + " more threads ("
            + String.join(", ", limits)
            + "; "
            + inUse
            + " threads in use)");
  }

  /** The threads the host lets this JVM start before it refuses one, when known. */
  OptionalLong room() {
    return room < 0 ? OptionalLong.empty() : OptionalLong.of(room);
  }

  /** What the room is and where it comes from, for messages. */
  String describe() {
    return description;
  }

  /**
   * The file's text, read as a stream: {@code Files.readString} trusts the size {@code /proc}
   * reports (0), and on some kernels then returns a truncated value.
   */
  private static String text(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  private static long number(String text) {
    if (text == null) {
      return -1;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) { // "max", "unlimited"
      return -1;
    }
  }

  /** The total of {@code /proc/loadavg}'s fourth field, {@code running/total}. */
  private static long totalThreads(String loadavg) {
    if (loadavg == null) {
      return -1;
    }
    String[] fields = loadavg.split("\\s+");
    if (fields.length < 4 || fields[3].indexOf('/') < 0) {
      return -1;
    }
    return number(fields[3].substring(fields[3].indexOf('/') + 1));
  }

  /** The soft limit of the {@code Max processes} line of {@code /proc/self/limits}. */
  private static long maxProcesses(String limits) {
    if (limits == null) {
      return -1;
    }
    for (String line : limits.split("\n")) {
      if (line.startsWith("Max processes")) {
        String[] fields = line.substring("Max processes".length()).strip().split("\\s+");
        return fields.length > 0 ? number(fields[0]) : -1;
      }
    }
    return -1;
  }

  /** The directory of this process's pids cgroup: v2 ({@code 0::/path}) or v1 ({@code pids}). */
  private static Path pidsCgroup(Path root, String cgroups) {
    if (cgroups == null) {
      return null;
    }
    Path cgroupFs = root.resolve("sys/fs/cgroup");
    for (String line : cgroups.split("\n")) {
      String[] fields = line.split(":", 3);
      if (fields.length != 3) {
        continue;
      }
      String path = fields[2].startsWith("/") ? fields[2].substring(1) : fields[2];
      if (fields[0].equals("0") && fields[1].isEmpty()) {
        Path v2 = cgroupFs.resolve(path);
        if (Files.exists(v2.resolve("pids.max"))) {
          return v2;
        }
      } else if (List.of(fields[1].split(",")).contains("pids")) {
        Path v1 = cgroupFs.resolve("pids").resolve(path);
        if (Files.exists(v1.resolve("pids.max"))) {
          return v1;
        }
      }
    }
    return null;
  }
}
