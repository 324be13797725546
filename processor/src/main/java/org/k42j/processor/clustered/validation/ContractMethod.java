package org.k42j.processor.clustered.validation;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import org.k42j.processor.common.Annotations;

/**
 * One method the dispatcher implements, as the contract sees it: the declaration whose name,
 * parameter names and markers count (the first in the contract's hierarchy), its type as a member
 * of the contract, and the return and thrown types every declaration of it allows.
 */
final class ContractMethod {
  final ExecutableElement element;
  final ExecutableType type;
  private TypeMirror returnType;
  private final List<TypeMirror> thrownTypes;
  private AnnotationMirror deprecated;

  ContractMethod(ExecutableElement element, ExecutableType type) {
    this.element = element;
    this.type = type;
    this.returnType = type.getReturnType();
    this.thrownTypes = new ArrayList<>(type.getThrownTypes());
    this.deprecated = Annotations.find(element, Annotations.DEPRECATED);
  }

  /**
   * The {@code @Deprecated} of the first deprecated declaration of the method, or null: an override
   * of any deprecated declaration is deprecated too, or javac warns about it.
   */
  AnnotationMirror deprecated() {
    return deprecated;
  }

  /** Notes another declaration of the method, which may be deprecated. */
  void addDeclaration(ExecutableElement declaration) {
    if (deprecated == null) {
      deprecated = Annotations.find(declaration, Annotations.DEPRECATED);
    }
  }

  TypeMirror returnType() {
    return returnType;
  }

  List<TypeMirror> thrownTypes() {
    return thrownTypes;
  }

  /** Narrows the return type to a more specific one another declaration of the method gives. */
  void narrowReturnType(TypeMirror narrower) {
    this.returnType = narrower;
  }

  /** Replaces the thrown types with those every declaration allows. */
  void restrictThrownTypes(List<TypeMirror> allowed) {
    thrownTypes.clear();
    thrownTypes.addAll(allowed);
  }

  String name() {
    return element.getSimpleName().toString();
  }
}
