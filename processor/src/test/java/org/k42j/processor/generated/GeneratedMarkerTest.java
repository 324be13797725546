package org.k42j.processor.generated;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated types carry {@code @K42jGenerated} in their class files, where coverage tools look for
 * it ({@code @Generated} has source retention and is gone by then); user-written types do not.
 */
class GeneratedMarkerTest {
  private static final String MARKER = "Lorg/k42j/annotations/K42jGenerated;";

  @Test
  void everyGeneratedClassFileCarriesTheMarkerAndNoUserClassDoes() throws IOException {
    Compilation compilation = GoldenCases.COUNTER.compile();
    assertThat(compilation).succeeded();
    Map<String, Boolean> marked = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        marked.put(file.getName(), classFileMentions(file, MARKER));
      }
    }
    assertTrue(marked.size() > 8, marked.toString());
    marked.forEach(
        (name, carries) -> {
          String simple = name.substring(name.lastIndexOf('/') + 1);
          boolean generated = simple.contains("_");
          assertEquals(generated, carries, name);
        });
  }

  private static boolean classFileMentions(JavaFileObject file, String descriptor)
      throws IOException {
    try (InputStream in = file.openInputStream()) {
      String bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return bytes.contains(descriptor) && bytes.contains("RuntimeInvisibleAnnotations");
    }
  }
}
