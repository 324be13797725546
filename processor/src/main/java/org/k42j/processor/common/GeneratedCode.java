package org.k42j.processor.common;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.List;

/** The annotations every generated type or member carries, whichever processor writes it. */
public final class GeneratedCode {
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

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
