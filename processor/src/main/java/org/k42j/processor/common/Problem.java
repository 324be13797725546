package org.k42j.processor.common;

import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One error found by a validator, not yet reported: what is wrong ({@link #diagnostic()} and its
 * arguments) and where (the element, and the annotation and attribute when one is at fault, so the
 * compiler's caret points at the attribute).
 */
public record Problem(
    Diagnostic diagnostic,
    Element element,
    AnnotationMirror annotation,
    AnnotationValue value,
    List<String> args) {

  public Problem {
    args = List.copyOf(args);
  }

  /** A problem anchored on {@code element}. */
  public static Problem on(Element element, Diagnostic diagnostic, String... args) {
    return new Problem(diagnostic, element, null, null, Arrays.asList(args));
  }

  /** A problem anchored on an annotation of {@code element}, or on one of its attributes. */
  public static Problem on(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Diagnostic diagnostic,
      String... args) {
    return new Problem(diagnostic, element, annotation, value, Arrays.asList(args));
  }

  /** The tagged message. */
  String message() {
    return diagnostic.format(args.toArray());
  }
}
