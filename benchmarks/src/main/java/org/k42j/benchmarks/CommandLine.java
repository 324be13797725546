package org.k42j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the benchmark mains ({@link BenchmarkMain}, {@link OversubscriptionMain}) share: parsing the
 * arguments or exiting with the usage, the choice of {@code --quick} or {@code --full}, an option's
 * value from the command line, and reading and writing the files they report to.
 */
final class CommandLine {
  private CommandLine() {}

  /**
   * {@code args} parsed by {@code parse}; when it refuses them, prints why (after {@code tool}) and
   * {@code usage} to standard error and exits with status 2.
   */
  static <A> A parseOrExit(String tool, String usage, Function<String[], A> parse, String[] args) {
    try {
      return parse.apply(args);
    } catch (IllegalArgumentException e) {
      System.err.println(tool + ": " + e.getMessage());
      System.err.println(usage);
      System.exit(2);
      throw new IllegalStateException("System.exit returned", e);
    }
  }

  /**
   * The settings {@code arg} ({@code --quick} or {@code --full}) chooses, made by {@code quick} or
   * {@code full}.
   *
   * @param chosen the settings an earlier argument chose, or null
   * @throws IllegalArgumentException if an earlier argument chose already
   */
  static <S> S quickOrFull(String arg, S chosen, Supplier<S> quick, Supplier<S> full) {
    if (chosen != null) {
      throw new IllegalArgumentException("give one of --quick and --full");
    }
    return arg.equals("--quick") ? quick.get() : full.get();
  }

  /**
   * The value of {@code option}, at {@code index} of {@code args}.
   *
   * @throws IllegalArgumentException if {@code option} is the last argument
   */
  static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  /** The text of {@code path}, or the empty string if there is no such file yet. */
  static String readOrEmpty(Path path) throws IOException {
    return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
  }

  /**
   * Writes {@code text} to {@code path}, making its directory; refuses a path under a {@code docs}
   * directory that does not exist (the main was run away from the repository root).
   */
  static void write(Path path, String text) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      if (path.getParent() != null && path.getParent().toString().equals("docs")) {
        throw new IOException(
            "no docs/ directory here; run from the repository root or pass --doc PATH");
      }
      Files.createDirectories(parent);
    }
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }
}
