package org.k42j.processor.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * What both round validators keep across rounds and ask of each round: which types are compiled
 * from source (for {@link Anchors}), this round's elements by qualified name (elements of one round
 * must not be used in the next), failures of the processor itself turned into one internal error,
 * and a missing run-time dependency reported once per compilation.
 */
public final class RoundState {
  private final ProcessingEnvironment env;
  private final ErrorReporter reporter;
  private final Anchors anchors = new Anchors();

  /** Whether a missing dependency has been reported: once per compilation. */
  private boolean dependencyReported;

  /** State for one processor over {@code env}, reporting through {@code reporter}. */
  public RoundState(ProcessingEnvironment env, ErrorReporter reporter) {
    this.env = env;
    this.reporter = reporter;
  }

  /**
   * Takes in {@code round}'s root types as compiled from source, and returns the type inspector for
   * the round.
   */
  public TypeInspector begin(RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement) {
        anchors.addSource((TypeElement) root);
      }
    }
    return new TypeInspector(env.getTypeUtils(), env.getElementUtils());
  }

  /** Where problems can point, across all rounds so far. */
  public Anchors anchors() {
    return anchors;
  }

  public ErrorReporter reporter() {
    return reporter;
  }

  /** This round's element for {@code qualifiedName}, or null if there is none (yet). */
  public TypeElement type(String qualifiedName) {
    return env.getElementUtils().getTypeElement(qualifiedName);
  }

  /** The types annotated with {@code annotation} in {@code round}, by qualified name. */
  public List<TypeElement> annotatedTypes(RoundEnvironment round, String annotation) {
    TypeElement type = type(annotation);
    if (type == null) {
      return new ArrayList<>();
    }
    List<TypeElement> types =
        new ArrayList<>(ElementFilter.typesIn(round.getElementsAnnotatedWith(type)));
    types.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    return types;
  }

  /** This round's elements for {@code names}, in the names' order; unknown names are skipped. */
  public List<TypeElement> resolve(Collection<String> names) {
    List<TypeElement> types = new ArrayList<>();
    for (String name : names) {
      TypeElement type = type(name);
      if (type != null) {
        types.add(type);
      }
    }
    return types;
  }

  /**
   * Runs {@code step} for {@code element}; a failure of the processor itself becomes one internal
   * error on the element. Returns whether the step ran without failing.
   */
  public boolean guard(Element element, Runnable step) {
    try {
      step.run();
      return true;
    } catch (RuntimeException | Error failure) {
      ErrorReporter.rethrowIfFatal(failure);
      reporter.internalError(element, failure);
      return false;
    }
  }

  /**
   * Reports, on {@code element} and once per compilation, that {@code type}, which the code
   * generated for {@code annotation} links against, is missing: one error saying which {@code
   * artifact} to add, instead of javac's errors inside the generated code.
   */
  public void reportMissingDependency(
      TypeElement element, String annotation, String type, String artifact) {
    if (dependencyReported) {
      return;
    }
    dependencyReported = true;
    reporter.report(
        Problem.on(
            element,
            Diagnostic.MISSING_DEPENDENCY,
            Names.display(element),
            annotation,
            type,
            artifact));
  }

  /** The qualified name of {@code type}, as state across rounds keeps it. */
  public static String nameOf(TypeElement type) {
    return type.getQualifiedName().toString();
  }
}
