package org.k42j.processor.clustered.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;
import org.k42j.processor.common.Anchors;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Outcome;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.TypeInspector;

/**
 * Finds every method a contract's dispatcher implements: the abstract and default methods of the
 * contract and of its superinterfaces, each seen as a member of the contract (so an inherited
 * generic method uses the contract's type variables), overrides merged into one, in a fixed order:
 * the contract's own methods in declaration order, then each superinterface's, depth first in the
 * order the interfaces are declared. Static and private methods and unmarked redeclarations of
 * {@link Object}'s methods are not routed; {@code toString}, {@code equals} and {@code hashCode}
 * redeclared with a marker are.
 */
final class MethodCollector {
  private final TypeInspector inspector;
  private final Anchors anchors;

  MethodCollector(TypeInspector inspector, Anchors anchors) {
    this.inspector = inspector;
    this.anchors = anchors;
  }

  Outcome<List<ContractMethod>> collect(TypeElement contract) {
    Set<TypeElement> hierarchy = new LinkedHashSet<>();
    Problem unresolved = walk(contract, contract, hierarchy);
    if (unresolved != null) {
      return Outcome.defer(unresolved);
    }
    DeclaredType contractType = (DeclaredType) contract.asType();
    List<ContractMethod> methods = new ArrayList<>();
    for (TypeElement type : hierarchy) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        String unrouted = unroutedBecause(method);
        if (unrouted != null) {
          List<AnnotationMirror> markers = Annotations.markers(method);
          if (!markers.isEmpty()) {
            return Outcome.fail(
                anchors.on(
                    method,
                    markers.get(0),
                    null,
                    contract,
                    Diagnostic.MARKER_UNROUTED_METHOD,
                    Names.display(method),
                    Annotations.display(markers.get(0)),
                    unrouted));
          }
          continue;
        }
        ExecutableType methodType =
            (ExecutableType) inspector.types.asMemberOf(contractType, method);
        TypeMirror error = inspector.firstError(methodType);
        if (error != null) {
          return Outcome.defer(
              anchors.on(
                  method,
                  contract,
                  Diagnostic.UNRESOLVED_TYPE,
                  Names.display(method),
                  Names.display(error),
                  Names.display(contract),
                  Names.display(error)));
        }
        Problem conflict = merge(methods, method, methodType, contract);
        if (conflict != null) {
          return Outcome.fail(conflict);
        }
      }
    }
    return Outcome.ok(methods);
  }

  /** Adds {@code type} and its superinterfaces, depth first; a problem if one is unresolved. */
  private Problem walk(TypeElement type, TypeElement contract, Set<TypeElement> hierarchy) {
    if (!hierarchy.add(type)) {
      return null;
    }
    for (TypeMirror variable : typeParameterBounds(type)) {
      TypeMirror error = inspector.firstError(variable);
      if (error != null) {
        return unresolved(contract, error);
      }
    }
    for (TypeMirror superinterface : type.getInterfaces()) {
      if (superinterface.getKind() == TypeKind.ERROR) {
        return unresolved(contract, superinterface);
      }
      TypeMirror error = inspector.firstError(superinterface);
      if (error != null) {
        return unresolved(contract, error);
      }
      Problem problem = walk(TypeInspector.asElement(superinterface), contract, hierarchy);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static List<TypeMirror> typeParameterBounds(TypeElement type) {
    List<TypeMirror> bounds = new ArrayList<>();
    type.getTypeParameters().forEach(variable -> bounds.addAll(variable.getBounds()));
    return bounds;
  }

  private static Problem unresolved(TypeElement contract, TypeMirror error) {
    return Problem.on(
        contract,
        Diagnostic.UNRESOLVED_TYPE,
        Names.display(contract),
        Names.display(error),
        Names.display(contract),
        Names.display(error));
  }

  /** Why the dispatcher does not implement {@code method}, or null if it does. */
  private String unroutedBecause(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return "static";
    }
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      return "private";
    }
    if (inspector.overridesObjectMethod(method) && Annotations.markers(method).isEmpty()) {
      // Unmarked, the handle's own answers them: toString names the contract and COID, equals
      // is identity. Marked @OnRoot or @Gather, they are routed like any other method.
      return "a method of Object that every implementation already has";
    }
    return null;
  }

  /**
   * Adds {@code method}, or merges it into an earlier method it overrides or shares a signature
   * with (a diamond of superinterfaces): the earlier declaration keeps its place, names and
   * markers; the return type becomes the most specific one and the thrown types those both allow. A
   * problem when the two declarations route the method differently and the earlier one does not
   * override the later (so which routing counts would depend on the order of the {@code extends}
   * clause); null otherwise.
   */
  private Problem merge(
      List<ContractMethod> methods,
      ExecutableElement method,
      ExecutableType type,
      TypeElement contract) {
    Types types = inspector.types;
    for (ContractMethod kept : methods) {
      if (!kept.name().equals(method.getSimpleName().toString())
          || kept.type.getParameterTypes().size() != type.getParameterTypes().size()) {
        continue;
      }
      if (!types.isSubsignature(kept.type, type) && !types.isSubsignature(type, kept.type)) {
        continue;
      }
      TypeMirror keptReturn = kept.returnType();
      TypeMirror otherReturn = type.getReturnType();
      if (keptReturn.getKind() != TypeKind.VOID
          && otherReturn.getKind() != TypeKind.VOID
          && !types.isSameType(keptReturn, otherReturn)
          && types.isSubtype(otherReturn, keptReturn)) {
        kept.narrowReturnType(otherReturn);
      }
      kept.restrictThrownTypes(commonThrownTypes(kept.thrownTypes(), type.getThrownTypes()));
      kept.addDeclaration(method);
      return routingConflict(kept.element, method, contract);
    }
    methods.add(new ContractMethod(method, type));
    return null;
  }

  /**
   * A problem when {@code first} and {@code later}, two declarations of one contract method, are
   * routed differently and {@code first} does not override {@code later}: the contract inherits
   * both, so it has to say how the method is routed by redeclaring it.
   */
  private Problem routingConflict(
      ExecutableElement first, ExecutableElement later, TypeElement contract) {
    String firstRouting = Annotations.routing(first);
    String laterRouting = Annotations.routing(later);
    if (firstRouting.equals(laterRouting) || overrides(first, later)) {
      return null;
    }
    String name = later.getSimpleName().toString();
    String one = markedOn(firstRouting, first);
    String other = markedOn(laterRouting, later);
    boolean unmarkedFirst = firstRouting.isEmpty();
    return Problem.on(
        contract,
        Diagnostic.ROUTING_CONFLICT,
        Names.display(contract) + "." + name + Names.parameters(later),
        unmarkedFirst ? other : one,
        unmarkedFirst ? one : other,
        "redeclare "
            + name
            + Names.parameters(later)
            + " in "
            + Names.display(contract)
            + " with the routing it should have");
  }

  /** {@code @Broadcast on A.reset()}, or {@code not at all on B.reset()}. */
  private static String markedOn(String routing, ExecutableElement declaration) {
    return (routing.isEmpty() ? "not at all" : routing) + " on " + Names.display(declaration);
  }

  /** Whether {@code method}'s type is a subtype of {@code other}'s (so it overrides it). */
  private boolean overrides(ExecutableElement method, ExecutableElement other) {
    Types types = inspector.types;
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    TypeElement otherOwner = (TypeElement) other.getEnclosingElement();
    return !owner.equals(otherOwner)
        && types.isSubtype(types.erasure(owner.asType()), types.erasure(otherOwner.asType()));
  }

  /**
   * The exceptions an implementation of both declarations may throw: those of each list that some
   * exception of the other list covers, and any unchecked one.
   */
  private List<TypeMirror> commonThrownTypes(
      List<? extends TypeMirror> first, List<? extends TypeMirror> second) {
    List<TypeMirror> common = new ArrayList<>();
    addCovered(common, first, second);
    addCovered(common, second, first);
    return common;
  }

  private void addCovered(
      List<TypeMirror> common, List<? extends TypeMirror> from, List<? extends TypeMirror> by) {
    Types types = inspector.types;
    for (TypeMirror candidate : from) {
      boolean covered = inspector.isUnchecked(candidate);
      for (TypeMirror cover : by) {
        covered |= types.isSubtype(candidate, cover);
      }
      boolean present = false;
      for (TypeMirror already : common) {
        present |= types.isSameType(already, candidate);
      }
      if (covered && !present) {
        common.add(candidate);
      }
    }
  }
}
