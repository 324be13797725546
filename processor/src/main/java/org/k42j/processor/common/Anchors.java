package org.k42j.processor.common;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Where a problem can point. An element compiled in this run has a position; one read from a class
 * file (a superinterface from a library) has none, so a problem about it points at the contract
 * instead.
 */
public final class Anchors {
  private final Set<String> sourceTypes = new HashSet<>();

  /** Remembers {@code type} (a round's root element) as compiled from source. */
  void addSource(TypeElement type) {
    sourceTypes.add(type.getQualifiedName().toString());
  }

  public boolean isSource(Element element) {
    TypeElement outer = TypeInspector.outermost(element);
    return outer != null && sourceTypes.contains(outer.getQualifiedName().toString());
  }

  /** A problem on {@code element} if it is in the sources, else on {@code fallback}. */
  public Problem on(Element element, Element fallback, Diagnostic diagnostic, String... args) {
    return Problem.on(isSource(element) ? element : fallback, diagnostic, args);
  }

  /**
   * A problem on an annotation (and attribute) of {@code element} if it is in the sources, else on
   * {@code fallback}.
   */
  public Problem on(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Element fallback,
      Diagnostic diagnostic,
      String... args) {
    return isSource(element)
        ? Problem.on(element, annotation, value, diagnostic, args)
        : Problem.on(fallback, diagnostic, args);
  }
}
