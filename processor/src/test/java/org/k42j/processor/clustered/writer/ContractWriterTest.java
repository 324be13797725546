package org.k42j.processor.clustered.writer;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * What the writer does with the Filer: which files, with which originating elements, and failures.
 */
class ContractWriterTest {
  private static JavaFileObject[] counterSources() {
    return CounterReferenceTest.counterSources();
  }

  @Test
  void publicContractGetsAServiceEntryNamingItsDispatcher() throws IOException {
    Compilation compilation =
        Compilations.compile(new WritingProcessor(CounterReferenceTest.COUNTER), counterSources());
    JavaFileObject entry =
        compilation
            .generatedFile(
                StandardLocation.CLASS_OUTPUT, "META-INF/services/sample.counter.Counter")
            .orElseThrow(() -> new AssertionError("no service entry"));
    assertEquals("sample.counter.Counter_Dispatcher\n", entry.getCharContent(false).toString());
  }

  @Test
  void everyFileNamesTheModelsRepAsItsOnlyOriginatingElement() {
    WritingProcessor processor = new WritingProcessor(UserRootContractTest.REGISTRY);
    Compilation compilation =
        Compilations.compile(processor, SampleContracts.files(SampleContracts.REGISTRY));
    assertThat(compilation).succeeded();
    Map<String, List<String>> names = new TreeMap<>();
    processor
        .originatingElements()
        .forEach(
            (file, elements) ->
                names.put(file, elements.stream().map(ContractWriterTest::name).toList()));
    List<String> expected = List.of("sample.registry.RegistryRep");
    Map<String, List<String>> all = new TreeMap<>();
    for (String file :
        List.of(
            "META-INF/services/sample.registry.Registry",
            "sample.registry.Registry_Dispatcher",
            "sample.registry.Registry_Factory",
            "sample.registry.Registry_Guard",
            "sample.registry.Registry_Miss",
            "sample.registry.Registry_RepBase",
            "sample.registry.Registry_RootBase")) {
      all.put(file, expected);
    }
    assertEquals(all, names);
  }

  @Test
  void sameModelGivesTheSameFilesOnEveryBuild() throws IOException {
    Compilation first =
        Compilations.compile(
            new WritingProcessor(GenericContractTest.CACHE),
            SampleContracts.files(SampleContracts.CACHE));
    Compilation second =
        Compilations.compile(
            new WritingProcessor(GenericContractTest.CACHE),
            SampleContracts.files(SampleContracts.CACHE));
    assertEquals(texts(first), texts(second));
    assertTrue(texts(first).values().stream().noneMatch(text -> text.contains("date =")));
  }

  @Test
  void filerFailureIsOneTaggedErrorOnTheRep() {
    WritingProcessor processor = new WritingProcessor(2, CounterReferenceTest.COUNTER);
    Compilation compilation = Compilations.compile(processor, counterSources());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertEquals(1, processor.errorCount(), "the write failure goes through the ErrorReporter");
    assertThat(compilation)
        .hadErrorContaining(
            "[k42j:write-failed] could not write the code generated for "
                + "sample.counter.Counter")
        .inFile(counterSources()[1])
        .onLineContaining("public final class CounterRep");
  }

  private static Map<String, String> texts(Compilation compilation) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      texts.put(file.getName(), file.getCharContent(false).toString());
    }
    return texts;
  }

  private static String name(Element element) {
    return ((TypeElement) element).getQualifiedName().toString();
  }
}
