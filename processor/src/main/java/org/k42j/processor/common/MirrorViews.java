package org.k42j.processor.common;

import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.k42j.model.ClassView;
import org.k42j.model.Finding;
import org.k42j.model.MethodView;
import org.k42j.model.TypeView;

/**
 * The shared rules' views ({@link TypeView}, {@link ClassView}, {@link MethodView}) over the
 * compiler's elements and type mirrors, so the processor checks the rules both front ends share
 * with the same code as the run-time path ({@code org.k42j.model.DeclarationRules}).
 */
public final class MirrorViews {
  private MirrorViews() {}

  /** {@code type} (a result type, a parameter type) as the rules see it. */
  public static TypeView type(TypeMirror type) {
    return new MirrorType(type);
  }

  /**
   * The class {@code element} as the rules see it.
   *
   * @param inheritsObjectsAnswer whether the class leaves a contract method to {@code Object}
   */
  public static ClassView type(TypeElement element, Predicate<MethodView> inheritsObjectsAnswer) {
    return new ElementType(element, inheritsObjectsAnswer);
  }

  /**
   * A contract method as the rules see it.
   *
   * @param returnType its result type as a member of the contract
   */
  public static MethodView method(
      ExecutableElement method, TypeMirror returnType, TypeInspector inspector) {
    return new Method(method, returnType, inspector.overridesObjectMethod(method));
  }

  /** The problem to report for {@code finding}, anchored on {@code element}. */
  public static Problem on(javax.lang.model.element.Element element, Finding finding) {
    return Problem.on(
        element, Diagnostic.of(finding.rule()), finding.args().toArray(new String[0]));
  }

  private static TypeView.Shape shape(ElementKind kind) {
    switch (kind) {
      case INTERFACE:
        return TypeView.Shape.INTERFACE;
      case ANNOTATION_TYPE:
        return TypeView.Shape.ANNOTATION;
      case ENUM:
        return TypeView.Shape.ENUM;
      case RECORD:
        return TypeView.Shape.RECORD;
      case CLASS:
        return TypeView.Shape.CLASS;
      default:
        return TypeView.Shape.OTHER;
    }
  }

  private record MirrorType(TypeMirror type) implements TypeView {
    @Override
    public String display() {
      return Names.display(type);
    }

    @Override
    public Shape shape() {
      TypeKind kind = type.getKind();
      if (kind == TypeKind.VOID) {
        return Shape.VOID;
      }
      if (kind.isPrimitive()) {
        return Shape.PRIMITIVE;
      }
      if (kind == TypeKind.ARRAY) {
        return Shape.ARRAY;
      }
      if (kind == TypeKind.DECLARED) {
        return MirrorViews.shape(TypeInspector.asElement(type).getKind());
      }
      return Shape.OTHER;
    }

    @Override
    public boolean isAbstract() {
      return type.getKind() == TypeKind.DECLARED
          && TypeInspector.asElement(type).getKind() == ElementKind.CLASS
          && TypeInspector.asElement(type).getModifiers().contains(Modifier.ABSTRACT);
    }

    @Override
    public Primitive primitive() {
      TypeKind kind = type.getKind();
      if (kind.isPrimitive()) {
        return Primitive.valueOf(kind.name());
      }
      if (kind != TypeKind.DECLARED) {
        return null;
      }
      switch (TypeInspector.qualifiedName(type)) {
        case "java.lang.Boolean":
          return Primitive.BOOLEAN;
        case "java.lang.Byte":
          return Primitive.BYTE;
        case "java.lang.Short":
          return Primitive.SHORT;
        case "java.lang.Character":
          return Primitive.CHAR;
        case "java.lang.Integer":
          return Primitive.INT;
        case "java.lang.Long":
          return Primitive.LONG;
        case "java.lang.Float":
          return Primitive.FLOAT;
        case "java.lang.Double":
          return Primitive.DOUBLE;
        default:
          return null;
      }
    }
  }

  private record ElementType(TypeElement element, Predicate<MethodView> inheritsObjectsAnswer)
      implements ClassView {
    @Override
    public String display() {
      return Names.display(element);
    }

    @Override
    public Shape shape() {
      return MirrorViews.shape(element.getKind());
    }

    @Override
    public String kindWithArticle() {
      return Names.kindWithArticle(element);
    }

    @Override
    public boolean isAbstract() {
      return element.getKind() == ElementKind.CLASS
          && element.getModifiers().contains(Modifier.ABSTRACT);
    }

    @Override
    public Primitive primitive() {
      return new MirrorType(element.asType()).primitive();
    }

    @Override
    public boolean inheritsObjectsAnswer(MethodView method) {
      return inheritsObjectsAnswer.test(method);
    }
  }

  private record Method(ExecutableElement element, TypeMirror result, boolean isObjectMethod)
      implements MethodView {
    @Override
    public String display() {
      return Names.display(element);
    }

    @Override
    public String signature() {
      return element.getSimpleName() + Names.parameters(element);
    }

    @Override
    public TypeView returnType() {
      return new MirrorType(result);
    }
  }
}
