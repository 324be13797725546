package org.k42j.processor.clustered.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.common.Anchors;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.TypeInspector;

/**
 * Checks that every {@code @OnRoot} method has a root to run on: the rep names a {@code @Root}
 * class, and it has a method the dispatcher can call in its place (same name and parameters, a
 * return type assignable to the contract's, no checked exception the contract method does not
 * declare). A generic root is seen through the contract's type variables.
 */
final class OnRootValidator {
  private final TypeInspector inspector;
  private final Anchors anchors;

  OnRootValidator(TypeInspector inspector, Anchors anchors) {
    this.inspector = inspector;
    this.anchors = anchors;
  }

  /** The first problem among the {@code @OnRoot} methods, or null. */
  Problem check(List<ContractMethod> onRootMethods, ContractContext context) {
    for (ContractMethod method : onRootMethods) {
      Problem problem = check(method, context);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private Problem check(ContractMethod method, ContractContext context) {
    TypeElement contract = context.contract();
    TypeElement root = context.userRoot();
    if (root == null) {
      String rootName = contract.getSimpleName() + "Root";
      return anchors.on(
          method.element,
          contract,
          Diagnostic.ON_ROOT_WITHOUT_ROOT,
          Names.display(method.element),
          Names.display(contract),
          rootName + Names.typeVariables(contract),
          context.withTypeVariables(context.generated(GeneratedType.ROOT_BASE)),
          rootName);
    }
    Types types = inspector.types;
    DeclaredType rootView = rootAsContractSeesIt(root, contract);
    for (ExecutableElement candidate :
        ElementFilter.methodsIn(inspector.elements.getAllMembers(root))) {
      if (!candidate.getSimpleName().contentEquals(method.name())
          || candidate.getParameters().size() != method.type.getParameterTypes().size()
          || candidate.getModifiers().contains(Modifier.STATIC)
          || candidate.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      ExecutableType candidateType = (ExecutableType) types.asMemberOf(rootView, candidate);
      if (!types.isSubsignature(candidateType, method.type)
          || !types.isSubsignature(method.type, candidateType)) {
        continue;
      }
      return mismatch(method, candidate, candidateType, context);
    }
    return context
        .rootReference()
        .on(
            anchors,
            root,
            Diagnostic.ON_ROOT_MISSING_METHOD,
            Names.display(root),
            Names.display(method.returnType())
                + " "
                + method.name()
                + Names.parameters(method.element),
            Names.display(method.element),
            Names.display(root));
  }

  /** Why {@code candidate} cannot run {@code method}, or null when it can. */
  private Problem mismatch(
      ContractMethod method,
      ExecutableElement candidate,
      ExecutableType candidateType,
      ContractContext context) {
    Types types = inspector.types;
    if (!inspector.callableFrom(candidate, context.pkg())) {
      return onRootMember(
          candidate,
          context,
          Diagnostic.ON_ROOT_SIGNATURE,
          Names.display(candidate),
          Names.display(method.element),
          "it is not public, and the dispatcher lives in package " + context.packageForMessages(),
          "make it public");
    }
    Map<Element, TypeMirror> asContract = methodTypeVariables(candidateType, method.type);
    TypeMirror expected = method.returnType();
    TypeMirror actual = inspector.substitute(candidateType.getReturnType(), asContract);
    if (expected.getKind() != TypeKind.VOID) {
      boolean assignable =
          actual.getKind() != TypeKind.VOID && types.isAssignable(actual, expected);
      if (!assignable) {
        return onRootMember(
            candidate,
            context,
            Diagnostic.ON_ROOT_SIGNATURE,
            Names.display(candidate),
            Names.display(method.element),
            "it returns " + Names.display(actual),
            "make it return " + Names.display(expected));
      }
    }
    for (TypeMirror declaredThrown : candidateType.getThrownTypes()) {
      TypeMirror thrown = inspector.substitute(declaredThrown, asContract);
      if (inspector.isUnchecked(thrown)) {
        continue;
      }
      boolean declared = false;
      for (TypeMirror allowed : method.thrownTypes()) {
        declared |= types.isSubtype(thrown, allowed);
      }
      if (!declared) {
        return onRootMember(
            candidate,
            context,
            Diagnostic.ON_ROOT_SIGNATURE,
            Names.display(candidate),
            Names.display(method.element),
            "it throws " + Names.display(thrown) + ", which the contract method does not declare",
            "handle it in the root, or add it to the throws clause of "
                + Names.display(method.element));
      }
    }
    return null;
  }

  /**
   * The root method's own type variables mapped to the contract method's, in order: the two have
   * the same signature, so they declare as many, with the same bounds up to renaming. Returns and
   * thrown types of the root method are compared after this renaming (a root's {@code <T> Object
   * get(Class<T>)} does not return the contract's {@code T}).
   */
  private static Map<Element, TypeMirror> methodTypeVariables(
      ExecutableType candidate, ExecutableType contractMethod) {
    Map<Element, TypeMirror> renaming = new HashMap<>();
    List<? extends TypeVariable> own = candidate.getTypeVariables();
    List<? extends TypeVariable> contracts = contractMethod.getTypeVariables();
    for (int i = 0; i < Math.min(own.size(), contracts.size()); i++) {
      renaming.put(own.get(i).asElement(), contracts.get(i));
    }
    return renaming;
  }

  /**
   * A problem on {@code member} of the root if it is in the sources, else on the root (an inherited
   * member of a library class), else on the rep's {@code root} attribute.
   */
  private Problem onRootMember(
      Element member, ContractContext context, Diagnostic diagnostic, String... args) {
    RootReference reference = context.rootReference();
    return anchors.isSource(member)
        ? Problem.on(member, diagnostic, args)
        : reference.on(anchors, reference.root(), diagnostic, args);
  }

  /** {@code root}'s type with the contract's type variables in place of its own. */
  private DeclaredType rootAsContractSeesIt(TypeElement root, TypeElement contract) {
    if (root.getTypeParameters().isEmpty()) {
      return (DeclaredType) root.asType();
    }
    List<TypeMirror> arguments = new ArrayList<>();
    for (TypeParameterElement variable : contract.getTypeParameters()) {
      arguments.add(variable.asType());
    }
    return inspector.types.getDeclaredType(root, arguments.toArray(new TypeMirror[0]));
  }
}
