package org.k42j.processor.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * The k42j annotations by name (the processor reads mirrors, never annotation instances) and access
 * to their attributes, explicit or defaulted.
 */
public final class Annotations {
  public static final String PACKAGE = "org.k42j.annotations";
  public static final String CLUSTERED_OBJECT = PACKAGE + ".ClusteredObject";
  public static final String REP = PACKAGE + ".Rep";
  public static final String REP_VERSION = PACKAGE + ".RepVersion";
  public static final String ROOT = PACKAGE + ".Root";
  public static final String GATHER = PACKAGE + ".Gather";
  public static final String BROADCAST = PACKAGE + ".Broadcast";
  public static final String ON_ROOT = PACKAGE + ".OnRoot";
  public static final String CLUSTER_WIDE = PACKAGE + ".ClusterWide";
  public static final String COMBINER = PACKAGE + ".Combiner";
  public static final String DEPRECATED = "java.lang.Deprecated";

  /** The method markers, in the order conflicts are named. */
  public static final List<String> MARKERS = List.of(GATHER, BROADCAST, ON_ROOT);

  private Annotations() {}

  /** The annotation of type {@code qualifiedName} on {@code element}, or null. */
  public static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  public static boolean has(Element element, String qualifiedName) {
    return find(element, qualifiedName) != null;
  }

  /** The routing markers on {@code method}, in {@link #MARKERS} order. */
  public static List<AnnotationMirror> markers(Element method) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (String marker : MARKERS) {
      AnnotationMirror mirror = find(method, marker);
      if (mirror != null) {
        found.add(mirror);
      }
    }
    return found;
  }

  /** {@code @Gather}, for messages. */
  public static String display(AnnotationMirror mirror) {
    return "@" + mirror.getAnnotationType().asElement().getSimpleName();
  }

  /**
   * How {@code method} is routed, for comparing declarations: each marker with its explicit
   * attributes, {@code @Gather(reduce = Reduce.SUM)}, or the empty string for none.
   */
  public static String routing(Element method) {
    List<String> described = new ArrayList<>();
    for (AnnotationMirror marker : markers(method)) {
      List<String> attributes = new ArrayList<>();
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
          marker.getElementValues().entrySet()) {
        attributes.add(entry.getKey().getSimpleName() + " = " + display(entry.getValue()));
      }
      Collections.sort(attributes);
      described.add(
          display(marker)
              + (attributes.isEmpty() ? "" : "(" + String.join(", ", attributes) + ")"));
    }
    return String.join(" ", described);
  }

  /** An attribute value as a user writes it: {@code Reduce.SUM}, {@code Longest.class}. */
  private static String display(AnnotationValue value) {
    Object raw = value.getValue();
    if (raw instanceof VariableElement) {
      VariableElement constant = (VariableElement) raw;
      return constant.getEnclosingElement().getSimpleName() + "." + constant.getSimpleName();
    }
    if (raw instanceof TypeMirror) {
      return Names.display((TypeMirror) raw) + ".class";
    }
    return String.valueOf(value);
  }

  /** The attribute {@code name} as written in the source, or null when it was left to default. */
  public static AnnotationValue explicit(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The attribute {@code name} as written, else its default. */
  public static Object value(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicit(mirror, name);
    if (value != null) {
      return value.getValue();
    }
    TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof ExecutableElement && member.getSimpleName().contentEquals(name)) {
        AnnotationValue defaultValue = ((ExecutableElement) member).getDefaultValue();
        return defaultValue == null ? null : defaultValue.getValue();
      }
    }
    return null;
  }

  /**
   * The name of an enum constant attribute ({@code PER_CLUSTER}), or null when the compiler could
   * not resolve it (it reports that itself).
   */
  public static String enumConstant(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name);
    return value instanceof VariableElement
        ? ((VariableElement) value).getSimpleName().toString()
        : null;
  }

  /** A class-literal attribute, or null when it is missing or not a type. */
  public static TypeMirror classValue(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name);
    return value instanceof TypeMirror ? (TypeMirror) value : null;
  }
}
