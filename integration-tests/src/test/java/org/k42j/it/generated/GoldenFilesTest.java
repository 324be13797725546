package org.k42j.it.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every file the processor generated for the representative contracts under {@code sample.<case>}
 * when Maven compiled this module's tests (the very classes the behaviour tests run), compared with
 * the golden copy in {@code src/test/resources/golden/<case>/}: sources by simple name, the service
 * entries under {@code META-INF/services/}. The formatting, comments and order are part of the
 * output, and the same on every build. After an intended change to the generated code, regenerate
 * every golden file with
 *
 * <pre>mvn -o -q test -pl integration-tests -am -Dtest=GoldenFilesTest -Dk42j.golden.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * and review the diff.
 *
 * <p>The cases: the reference counter (with a state transfer for hot swapping, and a second rep
 * class, a {@code @RepVersion}); a generic cache with a thread-safe rep, a broadcast and combiner
 * gathers (one with a parameter named like a combiner field); a registry with a user root, an
 * on-root method and a rep taking the root; a package-private nested journal with overloads,
 * varargs, checked exceptions, a default method and a superinterface; a gauge with per-cluster reps
 * and every kind of built-in reduction; a generic pool whose root is configured through
 * constructors (generic, varargs, throwing, private) and whose rep has no bodies for the on-root
 * methods. They live in packages {@code sample.<case>}, never {@code golden.<case>}: the golden
 * files are on the test class path as {@code golden/<case>/*.java}.
 */
class GoldenFilesTest {
  /** Maven runs tests in the module directory. */
  private static final Path GENERATED =
      Path.of("target", "generated-test-sources", "test-annotations", "sample");

  private static final Path SERVICES = Path.of("target", "test-classes", "META-INF", "services");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("k42j.golden.update");

  @ParameterizedTest
  @ValueSource(strings = {"counter", "cache", "registry", "journal", "gauge", "pool"})
  void generatedFilesMatchTheGoldenFiles(String goldenCase) throws IOException {
    Map<String, String> generated = generated(goldenCase);
    Path directory = GOLDEN.resolve(goldenCase);
    if (UPDATE) {
      rewrite(directory, generated);
    }
    assertEquals(
        golden(directory).keySet(),
        generated.keySet(),
        "generated files of "
            + goldenCase
            + " differ from "
            + directory
            + "; if intended, run "
            + "with -Dk42j.golden.update=true");
    golden(directory)
        .forEach(
            (file, text) ->
                assertEquals(
                    text,
                    generated.get(file),
                    directory.resolve(file)
                        + " differs from the generated file; if intended, "
                        + "run with -Dk42j.golden.update=true"));
  }

  /**
   * The sources generated in package {@code sample.<goldenCase>} by file name (every source there
   * is generated: the contracts and reps are under {@code src/test/java}), and the service entries
   * of its contracts by path.
   */
  private static Map<String, String> generated(String goldenCase) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(GENERATED.resolve(goldenCase))) {
      for (Path path : paths.toList()) {
        files.put(path.getFileName().toString(), Files.readString(path));
      }
    }
    try (Stream<Path> paths = Files.list(SERVICES)) {
      for (Path path : paths.toList()) {
        String name = path.getFileName().toString();
        if (name.startsWith("sample." + goldenCase + ".")) {
          files.put("META-INF/services/" + name, Files.readString(path));
        }
      }
    }
    return files;
  }

  private static Map<String, String> golden(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(directory)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(directory.relativize(path).toString().replace('\\', '/'), Files.readString(path));
      }
    }
    return files;
  }

  private static void rewrite(Path directory, Map<String, String> generated) throws IOException {
    if (Files.isDirectory(directory)) {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path target = directory.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
  }
}
