package org.k42j.processor.generated;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file the processor generates for the representative contracts, compared with the golden
 * copy in {@code src/test/resources/golden/<case>/}: sources by simple name, the service entry
 * under {@code META-INF/services/}. After an intended change to the generated code, regenerate
 * every golden file with
 *
 * <pre>mvn -o -q test -pl processor -am -Dk42j.golden.update=true</pre>
 *
 * and review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("k42j.golden.update");
  private static final String SOURCE_OUTPUT = "/SOURCE_OUTPUT/";
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  static List<GoldenCase> cases() {
    return GoldenCases.all();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void generatedFilesMatchTheGoldenFiles(GoldenCase goldenCase) throws IOException {
    Compilation compilation = goldenCase.compile();
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = generated(compilation);
    Path directory = GOLDEN.resolve(goldenCase.name());
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

  /** Generated sources by file name, and class-output resources (not classes) by path. */
  private static Map<String, String> generated(Compilation compilation) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (path.startsWith(SOURCE_OUTPUT)) {
        files.put(path.substring(path.lastIndexOf('/') + 1), file.getCharContent(false).toString());
      } else if (path.startsWith(CLASS_OUTPUT) && !path.endsWith(".class")) {
        files.put(path.substring(CLASS_OUTPUT.length()), file.getCharContent(false).toString());
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
