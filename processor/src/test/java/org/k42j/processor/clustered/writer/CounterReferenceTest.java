package org.k42j.processor.clustered.writer;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.k42j.processor.clustered.writer.Models.broadcast;
import static org.k42j.processor.clustered.writer.Models.dispatch;
import static org.k42j.processor.clustered.writer.Models.gather;
import static org.k42j.processor.clustered.writer.Models.param;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.k42j.annotations.Reduce;
import org.k42j.processor.ClusteredObjectProcessor;
import org.k42j.processor.clustered.model.ContractModel;

/**
 * The writer given a hand-built model of the reference counter says what the whole processor says
 * for the same sources (what the integration tests keep as golden files and run): the model the
 * validator builds and the one written here by hand mean the same thing. Same members, names,
 * modifiers, statements, Javadoc and comments; layout is the only difference allowed.
 */
class CounterReferenceTest {
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
  private static Compilation wholeProcessor;

  @BeforeAll
  static void compileCounter() {
    compilation = Compilations.compile(new WritingProcessor(COUNTER), counterSources());
    wholeProcessor = Compilations.compile(new ClusteredObjectProcessor(), counterSources());
    assertThat(wholeProcessor).succeededWithoutWarnings();
  }

  /** The reference counter's contract and rep. */
  static JavaFileObject[] counterSources() {
    return SampleContracts.files(SampleContracts.COUNTER);
  }

  @Test
  void generatedCounterCompilesWithTheReferenceRepWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dispatcher", "Miss", "RootBase", "Root", "RepBase", "Guard", "Factory"})
  void generatedTypeSaysWhatTheProcessorSays(String suffix) {
    String name = "Counter_" + suffix;
    String expected = Compilations.source(wholeProcessor, "sample.counter." + name);
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
