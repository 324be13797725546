package org.k42j.processor.clustered.validation;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.StandInModel;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.TypeInspector;

/**
 * The stand-ins of contracts that failed: the generated types user code names (root and rep bases,
 * root, the classes a sealed permits clause names), written empty so that user roots and reps
 * extending them compile and the contract's one error is not buried under "cannot find symbol".
 * Also remembers the root bases of failed contracts: a {@code @Root} extending one belongs to a
 * contract that already has its error.
 */
final class StandIns {
  private final Elements elements;

  /** The qualified names of the root bases of contracts that failed. */
  private final Set<String> failedRootBases = new HashSet<>();

  /** The stand-ins of the contracts that failed in the latest round, for the writer. */
  private List<StandInModel> latest = new ArrayList<>();

  StandIns(Elements elements) {
    this.elements = elements;
  }

  /** Starts a round: the stand-ins of earlier rounds have been written. */
  void startRound() {
    latest = new ArrayList<>();
  }

  /** Drops this round's stand-ins: files created in the last round are not compiled. */
  void dropLatest() {
    latest = List.of();
  }

  /** The stand-ins of the contracts that failed in the latest round. */
  List<StandInModel> latest() {
    return latest;
  }

  /**
   * Has the stand-ins of {@code contract}'s generated types written (with {@code origin} as their
   * originating element), and remembers its root base as failed. With {@code runtimePresent} false
   * the stand-ins extend nothing.
   */
  void add(TypeElement contract, TypeElement origin, boolean runtimePresent) {
    String prefix = Names.prefix(contract);
    String pkg = elements.getPackageOf(contract).getQualifiedName().toString();
    failedRootBases.add(
        (pkg.isEmpty() ? "" : pkg + ".") + prefix + "_" + GeneratedType.ROOT_BASE.suffix());
    List<String> variables = new ArrayList<>();
    for (TypeParameterElement variable : contract.getTypeParameters()) {
      variables.add(variable.getSimpleName().toString());
    }
    List<GeneratedType> types =
        new ArrayList<>(List.of(GeneratedType.ROOT_BASE, GeneratedType.REP_BASE));
    if (!namesUserRoot(origin)) {
      types.add(GeneratedType.ROOT); // a rep constructor may take it
    }
    for (TypeMirror permitted : contract.getPermittedSubclasses()) {
      for (GeneratedType type :
          List.of(GeneratedType.DISPATCHER, GeneratedType.MISS, GeneratedType.GUARD)) {
        if (permitted.getKind() == TypeKind.ERROR
            && Names.lastSegment(permitted.toString()).equals(prefix + "_" + type.suffix())
            && !types.contains(type)) {
          types.add(type);
        }
      }
    }
    latest.add(
        new StandInModel(
            ClassName.get(contract), variables, isPublic(contract), origin, runtimePresent, types));
  }

  /** Whether {@code type} is a rep whose {@code root} attribute names a class other than Void. */
  private static boolean namesUserRoot(TypeElement type) {
    AnnotationMirror rep = Annotations.find(type, Annotations.REP);
    TypeMirror root = rep == null ? null : Annotations.classValue(rep, "root");
    return root != null
        && !(root.getKind() == TypeKind.DECLARED
            && TypeInspector.qualifiedName(root).equals(Void.class.getName()));
  }

  /** Whether {@code type} and every type around it are public. */
  private static boolean isPublic(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code root} extends the root base of a contract that failed (the stand-in, or a name
   * not resolved yet): its contract already has its one error.
   */
  boolean extendsFailedRootBase(TypeElement root) {
    TypeMirror superclass = root.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED || superclass.getKind() == TypeKind.ERROR) {
      if (superclass.getKind() == TypeKind.ERROR) {
        String simple = Names.lastSegment(superclass.toString());
        for (String base : failedRootBases) {
          if (Names.lastSegment(base).equals(simple)) {
            return true;
          }
        }
        return false;
      }
      if (failedRootBases.contains(TypeInspector.qualifiedName(superclass))) {
        return true;
      }
      superclass = TypeInspector.asElement(superclass).getSuperclass();
    }
    return false;
  }
}
