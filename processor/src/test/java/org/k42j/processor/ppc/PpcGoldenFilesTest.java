package org.k42j.processor.ppc;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every file generated for the exported interfaces of {@code src/test/resources/ppc-cases/<case>},
 * byte for byte, compared with {@code src/test/resources/golden-ppc/<case>/}: the formatting,
 * comments and order are part of the output, and the same on every build. After an intended change,
 * rewrite the golden files with
 *
 * <pre>mvn -o -q test -pl processor -am -Dk42j.golden.update=true</pre>
 *
 * and review the diff.
 */
class PpcGoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden-ppc");
  private static final boolean UPDATE = Boolean.getBoolean("k42j.golden.update");

  @ParameterizedTest
  @ValueSource(strings = {"vault"})
  void generatedFilesMatchTheGoldenFiles(String name) throws IOException {
    Compilation compilation = PpcCompilations.compileCase(name);
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = PpcCompilations.generated(compilation);
    Path directory = GOLDEN.resolve(name);
    if (UPDATE) {
      for (Map.Entry<String, String> file : generated.entrySet()) {
        Path target = directory.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> golden = golden(directory);
    assertEquals(golden.keySet(), generated.keySet(), "generated files of " + name);
    golden.forEach(
        (file, text) ->
            assertEquals(
                text,
                generated.get(file),
                directory.resolve(file)
                    + " differs; if intended, run with -Dk42j.golden.update=true"));
  }

  private static Map<String, String> golden(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(
            directory.relativize(path).toString().replace('\\', '/'),
            Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
