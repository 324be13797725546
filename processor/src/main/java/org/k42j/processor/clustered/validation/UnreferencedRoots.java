package org.k42j.processor.clustered.validation;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.RoundState;
import org.k42j.processor.common.TypeInspector;

/**
 * {@code @Root} classes that no rep names: nothing would ever use them ({@link
 * Diagnostic#ROOT_UNREFERENCED}). Known only in the last round, when every rep has been seen. A
 * root is never found by scanning for {@code @Root}; the annotated classes are collected only for
 * this check. A root extending the root base of a contract that failed is not reported: its
 * contract already has its one error.
 */
final class UnreferencedRoots {
  private final RoundState state;
  private final StandIns standIns;

  /** Every {@code @Root} class compiled. */
  private final Set<String> declaredRoots = new TreeSet<>();

  /** Every class a {@code @Rep} names as its root. */
  private final Set<String> namedRoots = new HashSet<>();

  UnreferencedRoots(RoundState state, StandIns standIns) {
    this.state = state;
    this.standIns = standIns;
  }

  /** Remembers this round's {@code @Root} classes. */
  void collect(RoundEnvironment round) {
    for (TypeElement root : state.annotatedTypes(round, Annotations.ROOT)) {
      declaredRoots.add(RoundState.nameOf(root));
    }
  }

  /** Remembers the class {@code rep} names as its root, if it names one that exists. */
  void noteNamedRoot(TypeElement rep) {
    TypeMirror root = Annotations.classValue(Annotations.find(rep, Annotations.REP), "root");
    if (root != null && root.getKind() == TypeKind.DECLARED) {
      namedRoots.add(TypeInspector.qualifiedName(root));
    }
  }

  /** Reports every {@code @Root} class that no rep of this compilation names (last round). */
  void report() {
    for (TypeElement root : state.resolve(declaredRoots)) {
      if (namedRoots.contains(RoundState.nameOf(root)) || standIns.extendsFailedRootBase(root)) {
        continue;
      }
      state.guard(
          root,
          () ->
              state
                  .reporter()
                  .report(
                      Problem.on(
                          root,
                          Diagnostic.ROOT_UNREFERENCED,
                          Names.display(root),
                          root.getSimpleName().toString())));
    }
    declaredRoots.clear();
  }
}
