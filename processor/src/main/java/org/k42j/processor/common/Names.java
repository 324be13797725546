package org.k42j.processor.common;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** How elements and types are named in messages, and the names of generated types. */
public final class Names {
  private Names() {}

  /** {@code Counter}, {@code Outer.Counter}, {@code Counter.add(long)}, as a user wrote them. */
  public static String display(Element element) {
    if (element instanceof TypeElement) {
      return String.join(".", ClassName.get((TypeElement) element).simpleNames());
    }
    if (element instanceof ExecutableElement) {
      ExecutableElement method = (ExecutableElement) element;
      String owner = display(method.getEnclosingElement());
      String name =
          method.getKind() == ElementKind.CONSTRUCTOR
              ? method.getEnclosingElement().getSimpleName().toString()
              : owner + "." + method.getSimpleName();
      return name + parameters(method);
    }
    return element.getSimpleName().toString();
  }

  /** {@code (long, String...)}. */
  public static String parameters(ExecutableElement method) {
    StringJoiner joiner = new StringJoiner(", ", "(", ")");
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      TypeMirror type = parameters.get(i).asType();
      if (method.isVarArgs() && i == parameters.size() - 1 && type.getKind() == TypeKind.ARRAY) {
        joiner.add(display(((ArrayType) type).getComponentType()) + "...");
      } else {
        joiner.add(display(type));
      }
    }
    return joiner.toString();
  }

  /** A type with simple names: {@code Map<String, List<V>>}, {@code long[]}. */
  public static String display(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED:
        {
          DeclaredType declared = (DeclaredType) type;
          StringBuilder out = new StringBuilder(display(declared.asElement()));
          if (!declared.getTypeArguments().isEmpty()) {
            StringJoiner arguments = new StringJoiner(", ", "<", ">");
            for (TypeMirror argument : declared.getTypeArguments()) {
              arguments.add(display(argument));
            }
            out.append(arguments);
          }
          return out.toString();
        }
      case ERROR:
        return lastSegment(type.toString());
      case ARRAY:
        return display(((ArrayType) type).getComponentType()) + "[]";
      case WILDCARD:
        {
          WildcardType wildcard = (WildcardType) type;
          if (wildcard.getExtendsBound() != null) {
            return "? extends " + display(wildcard.getExtendsBound());
          }
          if (wildcard.getSuperBound() != null) {
            return "? super " + display(wildcard.getSuperBound());
          }
          return "?";
        }
      default:
        return type.toString();
    }
  }

  /**
   * The last segment of a possibly qualified name, without type arguments: {@code a.b.Foo<T>} gives
   * {@code Foo}. Error types report the name as written, simple or qualified.
   */
  public static String lastSegment(String name) {
    int generic = name.indexOf('<');
    String raw = generic < 0 ? name : name.substring(0, generic);
    return raw.substring(raw.lastIndexOf('.') + 1).trim();
  }

  /**
   * The prefix of the names generated for {@code contract}: its simple names from the outermost
   * type inward, joined with {@code _}.
   */
  public static String prefix(TypeElement contract) {
    return String.join("_", ClassName.get(contract).simpleNames());
  }

  /** {@code <K, V>}, or the empty string for a type without type variables. */
  public static String typeVariables(TypeElement type) {
    if (type.getTypeParameters().isEmpty()) {
      return "";
    }
    List<String> names = new ArrayList<>();
    type.getTypeParameters().forEach(variable -> names.add(variable.getSimpleName().toString()));
    return "<" + String.join(", ", names) + ">";
  }

  /**
   * {@code <K extends Comparable<K>, V>}: the type variables with their bounds, as a declaration
   * writes them, or the empty string for a type without type variables.
   */
  public static String typeVariableDeclarations(TypeElement type) {
    if (type.getTypeParameters().isEmpty()) {
      return "";
    }
    List<String> declarations = new ArrayList<>();
    for (TypeParameterElement variable : type.getTypeParameters()) {
      List<String> bounds = new ArrayList<>();
      for (TypeMirror bound : variable.getBounds()) {
        boolean object =
            bound.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) bound).asElement())
                    .getQualifiedName()
                    .contentEquals("java.lang.Object");
        if (!object) {
          bounds.add(display(bound));
        }
      }
      declarations.add(
          variable.getSimpleName()
              + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
    }
    return "<" + String.join(", ", declarations) + ">";
  }

  /** {@code A}, {@code A and B}, {@code A, B and C}. */
  public static String and(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** {@code a class}, {@code an enum}, ... for "X is a class". */
  public static String kindWithArticle(Element element) {
    switch (element.getKind()) {
      case INTERFACE:
        return "an interface";
      case ENUM:
        return "an enum";
      case RECORD:
        return "a record";
      case ANNOTATION_TYPE:
        return "an annotation type";
      default:
        return "a class";
    }
  }
}
