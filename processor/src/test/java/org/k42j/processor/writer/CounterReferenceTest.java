package org.k42j.processor.writer;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.k42j.processor.writer.Models.broadcast;
import static org.k42j.processor.writer.Models.dispatch;
import static org.k42j.processor.writer.Models.gather;
import static org.k42j.processor.writer.Models.param;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.TypeName;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.k42j.annotations.Reduce;
import org.k42j.processor.model.ContractModel;

/**
 * The runtime's test fixture {@code Counter_*} is hand-written in the shape the processor must
 * generate; the writer's output for the same contract must say the same thing: same members,
 * names, modifiers, statements, Javadoc and comments. JavaPoet's layout (multi-line Javadoc, empty
 * bodies on two lines) is the only difference allowed.
 */
class CounterReferenceTest {
  private static final Path FIXTURE = Path.of("../runtime/src/test/java/org/k42j/runtime/fixture");

  static final ContractModel COUNTER =
      Models.contract("org.k42j.runtime.fixture", "Counter")
          .methods(
              dispatch("increment", TypeName.VOID),
              dispatch("add", TypeName.VOID, param(TypeName.LONG, "delta")),
              gather("value", TypeName.LONG, Reduce.SUM),
              broadcast("reset"))
          .stateTransfer("exportCount", "importCounts", TypeName.LONG.box())
          .build();

  private static Compilation compilation;

  @BeforeAll
  static void compileCounter() {
    compilation =
        Compilations.compile(
            new WritingProcessor(COUNTER),
            JavaFileObjects.forSourceString(
                "org.k42j.runtime.fixture.Counter",
                Compilations.read(FIXTURE.resolve("Counter.java"))),
            JavaFileObjects.forSourceString(
                "org.k42j.runtime.fixture.CounterRep",
                Compilations.read(FIXTURE.resolve("CounterRep.java"))));
  }

  @Test
  void generatedCounterCompilesWithTheFixtureRepWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Dispatcher", "Miss", "RootBase", "Root", "RepBase", "Guard", "Factory"})
  void generatedTypeSaysWhatTheHandWrittenReferenceSays(String suffix) {
    String name = "Counter_" + suffix;
    String expected = Compilations.read(FIXTURE.resolve(name + ".java"));
    String actual = Compilations.source(compilation, "org.k42j.runtime.fixture." + name);
    assertEquals(normalized(expected), normalized(actual));
  }

  @Test
  void counterGetsExactlyTheReferenceTypes() {
    List<String> generated =
        compilation.generatedSourceFiles().stream()
            .map(file -> file.getName().replaceAll(".*/", ""))
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "Counter_Dispatcher.java",
            "Counter_Factory.java",
            "Counter_Guard.java",
            "Counter_Miss.java",
            "Counter_RepBase.java",
            "Counter_Root.java",
            "Counter_RootBase.java"),
        generated);
  }

  /**
   * The text with layout erased: Javadoc markers and line breaks gone, whitespace collapsed, no
   * space around braces. Words, punctuation, order and comments remain.
   */
  static String normalized(String source) {
    return source
        .replaceAll("/\\*\\*", " ")
        .replaceAll("\\*/", " ")
        .replaceAll("(?m)^\\s*\\*(?=\\s|$)", " ")
        .replaceAll("\\s+", " ")
        .replaceAll(" ?([{}]) ?", "$1")
        .trim();
  }
}
