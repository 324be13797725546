package org.k42j.processor.validation;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.k42j.processor.model.GeneratedType;
import org.k42j.processor.model.RootModel;

/**
 * Checks a contract's {@code @Root} class: a concrete class the generated factory can see and
 * create with no arguments, extending the generated {@code <prefix>_RootBase} (directly or through
 * classes of its own), generic like the contract.
 */
final class RootValidator {
  private final TypeInspector inspector;

  RootValidator(TypeInspector inspector) {
    this.inspector = inspector;
  }

  Outcome<RootModel> validate(TypeElement root, ContractContext context) {
    String name = Names.display(root);
    String base = context.generated(GeneratedType.ROOT_BASE);
    Problem wrongSuperclass =
        Problem.on(
            root,
            Diagnostic.ROOT_WRONG_SUPERCLASS,
            name,
            base,
            Names.display(context.contract()),
            root.getSimpleName() + Names.typeVariables(context.contract()),
            context.withTypeVariables(base));
    if (root.getKind() != ElementKind.CLASS) {
      return Outcome.fail(wrongSuperclass);
    }
    TypeElement privateEnclosure = TypeInspector.privateEnclosure(root);
    if (privateEnclosure != null) {
      return fail(
          root, Diagnostic.ROOT_PRIVATE, name, TypeInspector.privacy(root, privateEnclosure));
    }
    String inner = TypeInspector.innerness(root);
    if (inner != null) {
      return fail(root, Diagnostic.ROOT_INNER, name, inner);
    }
    if (!inspector.visibleFrom(root, context.pkg())) {
      return fail(root, Diagnostic.ROOT_NOT_VISIBLE, name, context.packageForMessages());
    }
    if (root.getModifiers().contains(Modifier.ABSTRACT)) {
      return fail(root, Diagnostic.ROOT_ABSTRACT, name);
    }
    Boolean extendsBase = extendsRootBase(root, context);
    if (extendsBase == null) {
      return Outcome.defer(wrongSuperclass);
    }
    if (!extendsBase) {
      return Outcome.fail(wrongSuperclass);
    }
    if (root.getTypeParameters().size() != context.contract().getTypeParameters().size()) {
      return fail(
          root,
          Diagnostic.ROOT_TYPE_VARIABLES,
          name,
          Names.display(context.contract()),
          root.getSimpleName() + Names.typeVariables(context.contract()),
          context.withTypeVariables(base));
    }
    Problem marker = RepValidator.markerOnMethod(root);
    if (marker != null) {
      return Outcome.fail(marker);
    }
    if (!hasUsableConstructor(root, context)) {
      return fail(
          root,
          Diagnostic.ROOT_NO_CONSTRUCTOR,
          name,
          inspector.packageOf(root).equals(context.pkg()) ? "non-private" : "public",
          checkedExceptionNote(root, context));
    }
    return Outcome.ok(new RootModel(ClassName.get(root), true));
  }

  /**
   * Whether a superclass of {@code root} is {@code <prefix>_RootBase}; null when the chain reaches
   * another unresolved class, which may be generated later.
   */
  private static Boolean extendsRootBase(TypeElement root, ContractContext context) {
    String base = context.generated(GeneratedType.ROOT_BASE);
    TypeMirror superclass = root.getSuperclass();
    while (true) {
      if (superclass.getKind() == TypeKind.NONE) {
        return false;
      }
      if (TypeInspector.isNamed(superclass, context.pkg(), base)) {
        return true;
      }
      if (superclass.getKind() != TypeKind.DECLARED) {
        return null;
      }
      superclass = TypeInspector.asElement(superclass).getSuperclass();
    }
  }

  private boolean hasUsableConstructor(TypeElement root, ContractContext context) {
    for (ExecutableElement constructor : TypeInspector.constructors(root)) {
      if (constructor.getParameters().isEmpty()
          && inspector.callableFrom(constructor, context.pkg())
          && inspector.firstCheckedException(constructor) == null) {
        return true;
      }
    }
    return false;
  }

  private String checkedExceptionNote(TypeElement root, ContractContext context) {
    for (ExecutableElement constructor : TypeInspector.constructors(root)) {
      TypeMirror checked = inspector.firstCheckedException(constructor);
      if (constructor.getParameters().isEmpty()
          && inspector.callableFrom(constructor, context.pkg())
          && checked != null) {
        return " that throws no checked exception ("
            + Names.display(constructor)
            + " throws "
            + Names.display(checked)
            + ")";
      }
    }
    return "";
  }

  private static <T> Outcome<T> fail(TypeElement root, Diagnostic diagnostic, String... args) {
    return Outcome.fail(Problem.on(root, diagnostic, args));
  }
}
