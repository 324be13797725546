package org.k42j.processor.clustered.writer;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.k42j.processor.clustered.writer.Models.broadcast;
import static org.k42j.processor.clustered.writer.Models.dispatch;
import static org.k42j.processor.clustered.writer.Models.gather;
import static org.k42j.processor.clustered.writer.Models.param;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.TypeName;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.k42j.annotations.Reduce;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.generated.GoldenCases;

/**
 * The writer given a hand-built model of the golden counter says what the whole processor says for
 * the same sources (the golden files, which the behaviour tests run): the model the validator
 * builds and the one written here by hand mean the same thing. Same members, names, modifiers,
 * statements, Javadoc and comments; layout is the only difference allowed.
 */
class CounterReferenceTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "counter");

  static final ContractModel COUNTER =
      Models.contract("sample.counter", "Counter")
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
    compilation = Compilations.compile(new WritingProcessor(COUNTER), counterSources());
  }

  /** The golden counter's contract and rep, without its second rep version. */
  static JavaFileObject[] counterSources() {
    return Stream.of("sample.counter.Counter", "sample.counter.CounterRep")
        .map(name -> JavaFileObjects.forSourceString(name, GoldenCases.COUNTER.sources().get(name)))
        .toArray(JavaFileObject[]::new);
  }

  @Test
  void generatedCounterCompilesWithTheGoldenRepWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dispatcher", "Miss", "RootBase", "Root", "RepBase", "Guard", "Factory"})
  void generatedTypeSaysWhatTheProcessorSays(String suffix) {
    String name = "Counter_" + suffix;
    String expected = Compilations.read(GOLDEN.resolve(name + ".java"));
    String actual = Compilations.source(compilation, "sample.counter." + name);
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
