package org.k42j.processor.ppc;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The processor generates what the kernel's hand-written reference says it does: the kernel's tests
 * call its exported {@code Store} through {@code Store_Stub}, {@code Store_Skeleton} and {@code
 * Store_Binding} written by hand in {@code kernel/src/test/java/org/k42j/kernel/ppc/fixture} (with
 * {@code @Exported} and {@code @Async} in comments, since the kernel's tests are compiled with the
 * processor). This test compiles that {@code Store} with the annotations restored and requires the
 * generated code to be the reference's, token for token: comments, Javadoc, line breaks and the
 * {@code @Generated} value aside (the reference is hand-written; the generated code names the
 * processor that wrote it).
 */
class KernelFixtureShapeTest {
  /** Maven runs tests in the module directory. */
  private static final Path FIXTURE =
      Path.of("..", "kernel", "src", "test", "java", "org", "k42j", "kernel", "ppc", "fixture");

  private static final Path SERVICE_FILE =
      Path.of(
          "..",
          "kernel",
          "src",
          "test",
          "resources",
          "META-INF",
          "services",
          "org.k42j.kernel.ppc.PpcBinding");

  private static final String PACKAGE = "org.k42j.kernel.ppc.fixture.";

  @Test
  void generatedStubSkeletonAndBindingAreTheKernelsReference() throws IOException {
    List<String> sources = new ArrayList<>();
    for (String type : List.of("Store", "Entry", "Mode", "StoreException")) {
      String text = Files.readString(FIXTURE.resolve(type + ".java"), StandardCharsets.UTF_8);
      if (type.equals("Store")) {
        assertThat(text).contains("// @Exported");
        assertThat(text).contains("// @Async");
        text =
            text.replace("// @Exported", "@org.k42j.annotations.Exported")
                .replace("// @Async", "@org.k42j.annotations.Async");
      }
      sources.add(PACKAGE + type);
      sources.add(text);
    }

    Compilation compilation = PpcCompilations.compile(sources.toArray(new String[0]));

    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = PpcCompilations.generated(compilation);
    for (String type : List.of("Store_Stub", "Store_Skeleton", "Store_Binding")) {
      String reference = Files.readString(FIXTURE.resolve(type + ".java"), StandardCharsets.UTF_8);
      String ours = generated.get(type + ".java");
      assertWithMessage("%s generated", type).that(ours).isNotNull();
      assertThat(ours).contains("@Generated(\"org.k42j.processor.ExportedProcessor\")");
      assertWithMessage("%s, comments and line breaks aside", type)
          .that(tokens(ours))
          .isEqualTo(tokens(reference));
    }
    assertThat(generated.get("META-INF/services/org.k42j.kernel.ppc.PpcBinding"))
        .isEqualTo(Files.readString(SERVICE_FILE, StandardCharsets.UTF_8));
  }

  /**
   * {@code source} without comments, with the {@code @Generated} value dropped and spaces folded.
   */
  static String tokens(String source) {
    return source
        .replaceAll("(?s)/\\*.*?\\*/", " ")
        .replaceAll("//[^\n]*", " ")
        .replaceAll("@Generated\\(\"[^\"]*\"\\)", "@Generated")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
