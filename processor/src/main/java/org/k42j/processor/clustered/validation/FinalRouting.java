package org.k42j.processor.clustered.validation;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.TypeInspector;

/**
 * The last decisions about each contract method's routing, which need the rep class and the root
 * and not only the contract:
 *
 * <ul>
 *   <li>An unmarked default method that the rep class does not override becomes {@link
 *       Kind#DEFAULT_BODY}: its body runs on the handle, so every call it makes on {@code this} is
 *       routed as declared. Routing it to the caller's rep instead would run the same body with the
 *       rep as {@code this}, so a default {@code busy()} calling a gathered {@code count()} would
 *       see one rep's share: a silent wrong answer. A default method the rep overrides goes to the
 *       rep as any other; a marked one keeps its marker's meaning.
 *   <li>A method whose call may return the rep (or the root) itself is marked {@code
 *       returnsHandle}, so the generated code hands back the handle instead of the raw object,
 *       which would skip the guard and the translation table (a fluent {@code return this}).
 * </ul>
 */
final class FinalRouting {
  private final TypeInspector inspector;

  FinalRouting(TypeInspector inspector) {
    this.inspector = inspector;
  }

  /**
   * @param methods the contract's methods, as collected
   * @param models their models, as routed, in the same order
   * @param root the user root, or null when the root is generated
   */
  List<MethodModel> refine(
      List<ContractMethod> methods,
      List<MethodModel> models,
      TypeElement contract,
      TypeElement rep,
      TypeElement root) {
    List<MethodModel> refined = new ArrayList<>();
    for (int i = 0; i < methods.size(); i++) {
      ContractMethod method = methods.get(i);
      MethodModel model = models.get(i);
      switch (model.kind()) {
        case DISPATCH:
          refined.add(
              isDefault(method.element) && !overriddenByClass(method.element, rep)
                  ? model.withRouting(RouteKind.DEFAULT_BODY, false)
                  : model.withRouting(
                      RouteKind.DISPATCH, mayBe(method.returnType(), contract.asType())));
          break;
        case ON_ROOT:
          refined.add(
              model.withRouting(
                  RouteKind.ON_ROOT,
                  root != null
                      && mayBe(method.returnType(), contract.asType())
                      && mayBe(method.returnType(), root.asType())));
          break;
        case GATHER:
          // A combiner may fold the reps' results to one of the reps (an Object busiest()).
          refined.add(
              model.withRouting(
                  RouteKind.GATHER,
                  model.combiner() != null && mayBe(method.returnType(), contract.asType())));
          break;
        default:
          refined.add(model);
      }
    }
    return refined;
  }

  private static boolean isDefault(ExecutableElement method) {
    return method.getModifiers().contains(Modifier.DEFAULT);
  }

  /**
   * Whether {@code rep} or one of its superclasses declares a method overriding {@code method} (a
   * default method it inherits from an interface does not count: that body would run with the rep
   * as {@code this}).
   */
  boolean overriddenByClass(ExecutableElement method, TypeElement rep) {
    for (Element member : inspector.elements.getAllMembers(rep)) {
      if (member.getKind() == ElementKind.METHOD
          && member.getEnclosingElement().getKind() != ElementKind.INTERFACE
          && !member.getModifiers().contains(Modifier.ABSTRACT)) {
        ExecutableElement candidate = (ExecutableElement) member;
        if (candidate.getSimpleName().equals(method.getSimpleName())
            && inspector.elements.overrides(candidate, method, rep)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a value of {@code type} may be returned as {@code result}: the result is a declared
   * type (a type variable is left alone, as the handle may not be of the type it stands for) that
   * {@code type} is assignable to.
   */
  private boolean mayBe(TypeMirror result, TypeMirror type) {
    return result.getKind() == TypeKind.DECLARED && inspector.types.isAssignable(type, result);
  }
}
