package org.k42j.processor.exported.writer;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.ErrorReporter;
import org.k42j.processor.common.Problem;
import org.k42j.processor.exported.model.ExportedModel;
import org.k42j.processor.exported.model.PpcGeneratedType;

/**
 * Writes the stub, skeleton and binding of each validated exported interface through the Filer, and
 * at the end of the compilation the service file listing every binding written, {@code
 * META-INF/services/org.k42j.kernel.ppc.PpcBinding}, sorted by name. Output depends only on the
 * models, so it is the same on every build. All three types are built before the first is written;
 * an I/O failure of the Filer becomes one tagged error on the interface.
 */
public final class PpcWriter {
  /** The service file the kernel's {@code ServiceLoader} reads. */
  public static final String SERVICE_FILE = "META-INF/services/" + PpcTypes.PACKAGE + ".PpcBinding";

  private static final String INDENT = "  ";

  private final ErrorReporter reporter;
  private final Filer filer;

  /** Bindings written in this compilation, by binary name, with their interfaces. */
  private final TreeMap<String, Element> bindings = new TreeMap<>();

  /** A writer that emits through {@code filer} and reports through {@code reporter}. */
  public PpcWriter(Filer filer, ErrorReporter reporter) {
    this.reporter = reporter;
    this.filer = filer;
  }

  /** Writes the stub, skeleton and binding of {@code model}. */
  public void write(ExportedModel model) {
    List<JavaFile> files = javaFiles(model);
    try {
      for (JavaFile file : files) {
        file.writeTo(filer);
      }
      bindings.put(
          model.generated(PpcGeneratedType.BINDING).reflectionName(), model.originatingElement());
    } catch (IOException e) {
      reporter.report(
          Problem.on(
              model.originatingElement(),
              Diagnostic.WRITE_FAILED,
              model.exported().canonicalName(),
              e.getMessage(),
              model.prefix()));
    }
  }

  /** The generated source files of {@code model}, stub, skeleton, binding, not yet written. */
  static List<JavaFile> javaFiles(ExportedModel model) {
    List<TypeSpec> types =
        List.of(StubWriter.write(model), SkeletonWriter.write(model), BindingWriter.write(model));
    List<JavaFile> files = new ArrayList<>();
    for (TypeSpec type : types) {
      files.add(
          JavaFile.builder(model.exported().packageName(), type)
              .indent(INDENT)
              .skipJavaLangImports(true)
              .build());
    }
    return files;
  }

  /**
   * Writes the service file listing every binding written in this compilation, if any: once, at the
   * end, with every exported interface as an originating element.
   */
  public void writeServiceEntry() {
    if (bindings.isEmpty()) {
      return;
    }
    List<Element> origins = new ArrayList<>();
    for (Element origin : bindings.values()) {
      if (origin != null) {
        origins.add(origin);
      }
    }
    try {
      FileObject resource =
          filer.createResource(
              StandardLocation.CLASS_OUTPUT, "", SERVICE_FILE, origins.toArray(new Element[0]));
      try (Writer writer = resource.openWriter()) {
        for (String binding : bindings.keySet()) {
          writer.write(binding + "\n");
        }
      }
    } catch (IOException e) {
      reporter.report(
          Problem.on(
              null,
              Diagnostic.WRITE_FAILED,
              String.join(", ", bindings.keySet()),
              e.getMessage(),
              "<prefix>"));
    }
    bindings.clear();
  }
}
