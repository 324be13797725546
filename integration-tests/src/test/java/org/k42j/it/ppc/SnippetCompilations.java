package org.k42j.it.ppc;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.k42j.processor.ExportedProcessor;

/**
 * Compiles source snippets with the k42j processors against the real kernel on this module's class
 * path, every lint warning on, and reads back what was generated.
 */
final class SnippetCompilations {
  private static final String SOURCE_OUTPUT = "/SOURCE_OUTPUT/";
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private SnippetCompilations() {}

  /**
   * Compiles {@code sources} (alternating qualified names and texts) with the exported processor.
   */
  static Compilation compile(String... namesAndSources) {
    return compileWith(List.of(new ExportedProcessor()), namesAndSources);
  }

  /** As {@link #compile}, with {@code processors}. */
  static Compilation compileWith(List<Processor> processors, String... namesAndSources) {
    List<JavaFileObject> files = new ArrayList<>();
    for (int i = 0; i < namesAndSources.length; i += 2) {
      files.add(JavaFileObjects.forSourceString(namesAndSources[i], namesAndSources[i + 1]));
    }
    return javac()
        .withProcessors(processors)
        .withOptions("-Xlint:all,-processing", "--release", "17")
        .compile(files);
  }

  /**
   * What the processors generated: sources by simple file name ({@code Store_Stub.java}), resources
   * by path ({@code META-INF/services/...}).
   */
  static Map<String, String> generated(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      try {
        if (path.contains(SOURCE_OUTPUT)) {
          files.put(
              path.substring(path.lastIndexOf('/') + 1), file.getCharContent(true).toString());
        } else if (path.contains(CLASS_OUTPUT + "META-INF/")) {
          files.put(
              path.substring(path.indexOf(CLASS_OUTPUT) + CLASS_OUTPUT.length()),
              file.getCharContent(true).toString());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
