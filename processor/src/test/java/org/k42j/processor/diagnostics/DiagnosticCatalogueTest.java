package org.k42j.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.k42j.processor.common.Diagnostic;

/**
 * The diagnostics catalogue stays one thing: the enum, the table in {@code docs/diagnostics.md} and
 * the tests agree on every code.
 */
class DiagnosticCatalogueTest {
  /** docs/diagnostics.md, which the build copies onto the test class path. */
  private static final String DOC = "/docs/diagnostics.md";

  private static final Path TESTS =
      Path.of("src", "test", "java", "org", "k42j", "processor", "diagnostics");

  @Test
  void everyCodeIsDistinctAndEveryMessageSaysWhatToDo() {
    Set<String> codes = new HashSet<>();
    for (Diagnostic diagnostic : Diagnostic.values()) {
      assertWithMessage("duplicate code").that(codes.add(diagnostic.code())).isTrue();
      assertThat(diagnostic.code()).matches("[a-z]+(-[a-z]+)*");
      assertWithMessage("%s: what is wrong; what to do", diagnostic)
          .that(diagnostic.template())
          .contains("; ");
    }
  }

  @Test
  void documentationListsEveryDiagnosticWithItsMessage() throws IOException {
    String doc = resource(DOC);
    for (Diagnostic diagnostic : Diagnostic.values()) {
      assertWithMessage("row of %s in %s", diagnostic.code(), DOC)
          .that(doc)
          .contains("| `" + diagnostic.code() + "` |");
      assertWithMessage("message of %s in %s", diagnostic.code(), DOC)
          .that(doc)
          .contains("[k42j:" + diagnostic.code() + "] " + diagnostic.template().replace("%s", "…"));
    }
    long rows = doc.lines().filter(line -> line.startsWith("| `")).count();
    assertThat(rows).isEqualTo(Diagnostic.values().length);
  }

  @Test
  void everyDiagnosticIsAssertedByATest() throws IOException {
    String tests;
    try (Stream<Path> files = Files.list(TESTS)) {
      tests =
          files
              .filter(file -> file.toString().endsWith("Test.java"))
              .filter(file -> !file.getFileName().toString().equals("DiagnosticCatalogueTest.java"))
              .map(DiagnosticCatalogueTest::read)
              .collect(Collectors.joining("\n"));
    }
    List<String> untested = new ArrayList<>();
    for (Diagnostic diagnostic : Diagnostic.values()) {
      if (!tests.contains("[k42j:" + diagnostic.code() + "]")) {
        untested.add(diagnostic.code());
      }
    }
    assertWithMessage("codes no test asserts").that(untested).isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DiagnosticCatalogueTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError(name + " is not on the test class path (see processor/pom.xml)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
