package org.k42j.it.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated types carry {@code @K42jGenerated} in their class files, where coverage tools look for
 * it ({@code @Generated} has source retention and is gone by then); user-written types do not. Read
 * from the class files Maven compiled for the sample counter, its contract and reps included.
 */
class GeneratedMarkerTest {
  private static final String MARKER = "Lorg/k42j/annotations/K42jGenerated;";

  /** Maven runs tests in the module directory. */
  private static final Path COUNTER = Path.of("target", "test-classes", "sample", "counter");

  @Test
  void everyGeneratedClassFileCarriesTheMarkerAndNoUserClassDoes() throws IOException {
    Map<String, Boolean> marked = new TreeMap<>();
    try (Stream<Path> files = Files.list(COUNTER)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class")) {
          marked.put(name, classFileMentions(file, MARKER));
        }
      }
    }
    assertTrue(marked.size() > 8, marked.toString());
    marked.forEach(
        (name, carries) -> {
          boolean generated = name.contains("_");
          assertEquals(generated, carries, name);
        });
  }

  private static boolean classFileMentions(Path file, String descriptor) throws IOException {
    String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    return bytes.contains(descriptor) && bytes.contains("RuntimeInvisibleAnnotations");
  }
}
