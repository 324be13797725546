package org.k42j.processor.common;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.List;
import org.k42j.annotations.K42jGenerated;

/** The annotations generated types and members carry, whichever processor writes them. */
public final class GeneratedCode {
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /**
   * {@code @K42jGenerated}: the class-retention marker on every generated type, so coverage and
   * lint tools can skip it ({@code @Generated} has source retention and is gone from the class
   * file).
   */
  public static final AnnotationSpec MARKER = AnnotationSpec.builder(K42jGenerated.class).build();

  private GeneratedCode() {}

  /** {@code @Generated("<processor>")}, deliberately without a date. */
  public static AnnotationSpec generated(String processor) {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", processor).build();
  }

  /** {@code @SuppressWarnings("<warning>")}. */
  public static AnnotationSpec suppress(String warning) {
    return suppress(List.of(warning));
  }

  /** {@code @SuppressWarnings("<warning>")}, or {@code @SuppressWarnings({"<a>", "<b>"})}. */
  public static AnnotationSpec suppress(List<String> warnings) {
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(SuppressWarnings.class);
    for (String warning : warnings) {
      annotation.addMember("value", "$S", warning);
    }
    return annotation.build();
  }
}
