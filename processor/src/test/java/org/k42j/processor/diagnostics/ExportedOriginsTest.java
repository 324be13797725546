package org.k42j.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.k42j.processor.diagnostics.Fixtures.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.k42j.processor.ExportedProcessor;
import org.k42j.processor.ppc.PpcCompilations;

/**
 * What the exported-interface processor tells a build tool: the stub, skeleton and binding of an
 * interface originate from that interface alone; the one service file of the compilation, listing
 * every binding, from every exported interface (which is why the processor is registered as
 * aggregating).
 */
class ExportedOriginsTest {
  private static JavaFileObject exported(String name, String method) {
    return source(
        "test." + name,
        "package test;",
        "",
        "import org.k42j.annotations.*;",
        "",
        "@Exported",
        "public interface " + name + " {",
        "  " + method,
        "}");
  }

  @Test
  void generatedTypesOriginateFromTheirInterfaceAndTheServiceFileFromAll() {
    RecordingProcessor processor = new RecordingProcessor(new ExportedProcessor());
    List<JavaFileObject> sources = new ArrayList<>(PpcCompilations.api());
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
    expected.put("META-INF/services/org.k42j.kernel.ppc.PpcBinding", List.of("test.Clock", "test.Store"));
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
}
