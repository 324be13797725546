package org.k42j.processor.clustered.validation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.RoundState;
import org.k42j.processor.common.TypeInspector;

/**
 * Routing markers ({@code @Gather}, {@code @Broadcast}, {@code @OnRoot}) outside any contract. A
 * marker on a method of a class other than a rep or root is reported at once; a marker on a plain
 * interface is fine if some contract of the compilation extends it, which is known only in the last
 * round. Markers on reps, roots and contracts are checked with their contract.
 */
final class StrayMarkers {
  private final RoundState state;

  /** Every contract and every supertype of one: routing markers there are meaningful. */
  private final Set<String> contractHierarchy = new HashSet<>();

  /** Plain interfaces with routing markers, checked against the hierarchy in the last round. */
  private final Set<String> markedInterfaces = new TreeSet<>();

  StrayMarkers(RoundState state) {
    this.state = state;
  }

  /** Remembers {@code contract} and its supertypes as places where markers are meaningful. */
  void noteContract(TypeElement contract, TypeInspector inspector) {
    contractHierarchy.add(RoundState.nameOf(contract));
    for (TypeMirror supertype : inspector.allSupertypes(contract.asType())) {
      if (supertype.getKind() == TypeKind.DECLARED) {
        contractHierarchy.add(TypeInspector.qualifiedName(supertype));
      }
    }
  }

  /**
   * Reports markers on methods of classes (other than reps and roots, which their contract's
   * validation checks) and remembers plain interfaces with markers for the last round.
   */
  void collect(RoundEnvironment round) {
    Map<ExecutableElement, AnnotationMirror> marked = new LinkedHashMap<>();
    for (String marker : Annotations.MARKERS) {
      TypeElement annotation = state.type(marker);
      if (annotation == null) {
        continue;
      }
      for (ExecutableElement method :
          ElementFilter.methodsIn(round.getElementsAnnotatedWith(annotation))) {
        marked.putIfAbsent(method, Annotations.find(method, marker));
      }
    }
    for (Map.Entry<ExecutableElement, AnnotationMirror> entry : marked.entrySet()) {
      ExecutableElement method = entry.getKey();
      state.guard(
          method,
          () -> {
            TypeElement owner = (TypeElement) method.getEnclosingElement();
            if (Annotations.has(owner, Annotations.REP)
                || Annotations.has(owner, Annotations.ROOT)
                || Annotations.has(owner, Annotations.CLUSTERED_OBJECT)) {
              return; // checked with the contract
            }
            if (owner.getKind() != ElementKind.INTERFACE) {
              state.reporter().report(markerOutsideContract(method, entry.getValue()));
            } else {
              markedInterfaces.add(RoundState.nameOf(owner));
            }
          });
    }
  }

  /** Reports markers on interfaces that no contract of this compilation extends (last round). */
  void reportOutsideContracts() {
    for (TypeElement type : state.resolve(markedInterfaces)) {
      if (contractHierarchy.contains(RoundState.nameOf(type))) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        List<AnnotationMirror> markers = Annotations.markers(method);
        if (!markers.isEmpty()) {
          state.guard(
              method, () -> state.reporter().report(markerOutsideContract(method, markers.get(0))));
        }
      }
    }
    markedInterfaces.clear();
  }

  private static Problem markerOutsideContract(ExecutableElement method, AnnotationMirror marker) {
    return Problem.on(
        method,
        marker,
        null,
        Diagnostic.MARKER_OUTSIDE_CONTRACT,
        Names.display(method),
        Annotations.display(marker));
  }
}
