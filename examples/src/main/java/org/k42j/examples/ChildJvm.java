package org.k42j.examples;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a new JVM with this JVM's {@code java} and class path, and returns what it
 * printed. The class path is the one this code was loaded from: the class loaders' URLs (under
 * {@code mvn exec:java} the project's classes live in a plugin class loader, not on {@code
 * java.class.path}) followed by {@code java.class.path}.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** The {@code java} of this JVM. */
  static String java() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** The class path that loaded {@code type}, as a {@code -cp} argument. */
  static String classPath(Class<?> type) {
    Set<String> entries = new LinkedHashSet<>();
    for (ClassLoader loader = type.getClassLoader(); loader != null; loader = loader.getParent()) {
      if (loader instanceof URLClassLoader) {
        for (URL url : ((URLClassLoader) loader).getURLs()) {
          if (url.getProtocol().equals("file")) {
            try {
              entries.add(Path.of(url.toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
              entries.add(url.getPath());
            }
          }
        }
      }
    }
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** The command that runs {@code main} with {@code args} in a new JVM. */
  static List<String> command(Class<?> main, List<String> jvmOptions, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath(main));
    command.add(main.getName());
    command.addAll(args);
    return command;
  }

  /**
   * Runs {@code command} and returns its output (standard output and error together).
   *
   * @throws IllegalStateException if it does not finish within {@code timeout} (it is killed) or
   *     exits with a status other than 0; the message holds its output
   */
  static String run(List<String> command, Duration timeout)
      throws IOException, InterruptedException {
    Path output = Files.createTempFile("k42j-demo-", ".out");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException(
            "a child JVM did not finish within "
                + timeout.toSeconds()
                + " s and was killed: "
                + String.join(" ", command.subList(Math.max(0, command.size() - 4), command.size()))
                + "\n"
                + Files.readString(output, StandardCharsets.UTF_8));
      }
      String printed = Files.readString(output, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "a child JVM exited with status " + process.exitValue() + ":\n" + printed);
      }
      return printed;
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
