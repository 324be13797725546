package org.k42j.processor.diagnostics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another processor, as a build might have: writes one source file in its first round. Lets tests
 * check that k42j waits for types (and reps) that appear only in a later round.
 */
final class SourceGenerator extends AbstractProcessor {
  private final String name;
  private final String code;
  private boolean written;

  /** Writes {@code code} (a text block) as the source of the type {@code name} (qualified). */
  SourceGenerator(String name, String code) {
    this.name = name;
    this.code = code;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!written) {
      written = true;
      try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        writer.write(code);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
