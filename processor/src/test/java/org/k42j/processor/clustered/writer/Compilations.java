package org.k42j.processor.clustered.writer;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiling user sources with a processor, with every lint warning on, for writer tests. */
final class Compilations {
  private Compilations() {}

  /** Compiles {@code sources} ("fully.qualified.Name", "source", ...) with {@code processor}. */
  static Compilation compile(Processor processor, String... namesAndSources) {
    JavaFileObject[] files = new JavaFileObject[namesAndSources.length / 2];
    for (int i = 0; i < files.length; i++) {
      files[i] =
          JavaFileObjects.forSourceString(namesAndSources[2 * i], namesAndSources[2 * i + 1]);
    }
    return compile(processor, files);
  }

  static Compilation compile(Processor processor, JavaFileObject... files) {
    return javac()
        .withProcessors(processor)
        .withOptions("-Xlint:all,-processing", "--release", "17")
        .compile(files);
  }

  /** The text of a generated source file. */
  static String source(Compilation compilation, String qualifiedName) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(() -> new AssertionError(qualifiedName + " was not generated"));
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
