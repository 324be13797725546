package org.k42j.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.k42j.processor.diagnostics.Fixtures.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k42j.processor.ExportedProcessor;

/**
 * What the exported-interface processor tells a build tool: the stub, skeleton and binding of an
 * interface originate from that interface alone; the one service file of the compilation, listing
 * every binding, from every exported interface (which is why the processor is registered as
 * aggregating). And what it decides from: the interface and what it names, whether those come from
 * sources, from an earlier build's class files, or from another processor in a later round. Here,
 * where the kernel is on the class path, the generated code compiles against the real PPC API.
 */
class ExportedOriginsTest {
  private static JavaFileObject exported(String name, String method) {
    return source(
        "test." + name,
        """
        package test;

        import org.k42j.annotations.*;

        @Exported
        public interface %s {
          %s
        }
        """
            .formatted(name, method));
  }

  @Test
  void generatedTypesOriginateFromTheirInterfaceAndTheServiceFileFromAll() {
    RecordingProcessor processor = new RecordingProcessor(new ExportedProcessor());
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(exported("Store", "String get(String key);"));
    sources.add(exported("Clock", "long now();"));

    Fixtures.Result result =
        Fixtures.compileWith(processor, List.of(), sources.toArray(new JavaFileObject[0]));

    assertThat(result.compilation()).succeededWithoutWarnings();
    Map<String, List<String>> expected = new TreeMap<>();
    for (String name : List.of("Clock", "Store")) {
      for (String suffix : List.of("Stub", "Skeleton", "Binding")) {
        expected.put("test." + name + "_" + suffix, List.of("test." + name));
      }
    }
    expected.put(
        "META-INF/services/org.k42j.kernel.ppc.PpcBinding", List.of("test.Clock", "test.Store"));
    Map<String, List<String>> actual = new TreeMap<>();
    processor
        .log()
        .originatingElements()
        .forEach((file, elements) -> actual.put(file, names(elements)));
    assertThat(actual).isEqualTo(expected);
    assertThat(processor.log().created()).hasSize(expected.size());
  }

  private static List<String> names(List<Element> elements) {
    List<String> names = new ArrayList<>();
    for (Element element : elements) {
      names.add(((TypeElement) element).getQualifiedName().toString());
    }
    return names;
  }

  @Test
  void recordsFromAnEarlierBuildGiveTheSameCode(@TempDir Path classes) throws IOException {
    JavaFileObject entry =
        source(
            "test.Entry",
            """
            package test;

            public record Entry(String key, int[] values, Store owner) {}
            """);
    JavaFileObject store = exported("Store", "Entry swap(Entry entry, Entry[] others);");
    List<JavaFileObject> all = new ArrayList<>();
    all.add(entry);
    all.add(store);
    Fixtures.Result full =
        Fixtures.compileWith(
            new RecordingProcessor(new ExportedProcessor()),
            List.of(),
            all.toArray(new JavaFileObject[0]));
    assertThat(full.compilation()).succeededWithoutWarnings();
    // An earlier build compiled the record (and the interface it names); now only the interface
    // is recompiled, against the record's class file.
    Fixtures.compileInto(classes, all.toArray(new JavaFileObject[0]));
    Files.delete(classes.resolve("test/Store.class"));
    List<JavaFileObject> again = new ArrayList<>();
    again.add(store);

    Fixtures.Result incremental =
        Fixtures.compileAgainst(
            classes,
            new RecordingProcessor(new ExportedProcessor()),
            again.toArray(new JavaFileObject[0]));

    assertThat(incremental.compilation()).succeededWithoutWarnings();
    assertThat(sources(incremental)).isEqualTo(sources(full));
    assertThat(sources(full).get("test.Store_Stub"))
        .contains(
            "return value == null ? null : new Entry(value.key(), ByValue.array(value.values()),");
  }

  private static Map<String, String> sources(Fixtures.Result result) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    for (String name : List.of("Store_Stub", "Store_Skeleton", "Store_Binding")) {
      texts.put(
          "test." + name,
          result
              .compilation()
              .generatedSourceFile("test." + name)
              .orElseThrow()
              .getCharContent(true)
              .toString());
    }
    return texts;
  }

  @Test
  void interfaceWaitsForARecordAnotherProcessorGeneratesInALaterRound() {
    SourceGenerator entry =
        new SourceGenerator(
            "test.Entry",
            """
            package test;
            public record Entry(String key, int[] values) {}
            """);
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(exported("Store", "Entry swap(Entry entry);"));

    Fixtures.Result result =
        Fixtures.compileWith(
            new RecordingProcessor(new ExportedProcessor()),
            List.of(entry),
            sources.toArray(new JavaFileObject[0]));

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.created())
        .containsExactly(
            "test.Store_Stub",
            "test.Store_Skeleton",
            "test.Store_Binding",
            "META-INF/services/org.k42j.kernel.ppc.PpcBinding")
        .inOrder();
  }
}
