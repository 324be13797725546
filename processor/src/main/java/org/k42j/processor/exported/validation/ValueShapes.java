package org.k42j.processor.exported.validation;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Outcome;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.TypeInspector;
import org.k42j.processor.exported.model.ValueShape;

/**
 * Decides how a value of a parameter or result type crosses an address space ({@link ValueShape}),
 * or why it cannot: one problem on the parameter (or on the method, for a result) naming the part
 * of the type at fault and the record component it was reached through.
 *
 * <p>What crosses: primitives, {@code String}, the eight boxed primitives, enums, records whose
 * components cross (seen through the record's type arguments), arrays of what crosses, and
 * {@code @Exported} interfaces. A record whose components are all shared is shared itself. A record
 * that contains itself (directly or through other records and arrays) is accepted only when it is
 * shared: copying one component by component could loop forever on a value that refers back to
 * itself through an array.
 */
final class ValueShapes {
  private static final Set<String> SHARED_CLASSES =
      Set.of(
          "java.lang.String",
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Character",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double");

  static final String EXPORTED = Annotations.PACKAGE + ".Exported";
  static final String ASYNC = Annotations.PACKAGE + ".Async";

  private final TypeInspector inspector;
  private final String pkg;

  /** Shapes for the interfaces of package {@code pkg}, where the generated code lives. */
  ValueShapes(TypeInspector inspector, String pkg) {
    this.inspector = inspector;
    this.pkg = pkg;
  }

  /**
   * The shape of {@code type}, the type of {@code subject} (a message fragment: "parameter key of
   * Store.put(String)"), or the problem on {@code anchor}; deferred while a type in it is not
   * resolved yet.
   */
  Outcome<ValueShape> shape(TypeMirror type, Element anchor, String subject) {
    Walk walk = new Walk(anchor, subject, Names.display(type));
    try {
      return Outcome.ok(walk.shape(type, ""));
    } catch (Rejected rejected) {
      return rejected.outcome;
    }
  }

  /** A type that cannot cross, found deep inside the walk. */
  private static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Outcome<ValueShape> outcome;

    Rejected(Outcome<ValueShape> outcome) {
      super(null, null, false, false);
      this.outcome = outcome;
    }
  }

  /** One walk over one parameter's or result's type. */
  private final class Walk {
    private final Element anchor;
    private final String subject;
    private final String declared;

    /** The records being walked, outermost first. */
    private final List<TypeElement> open = new ArrayList<>();

    /** Records met again while they were being walked, with the component that led back. */
    private final Map<TypeElement, String> recursive = new HashMap<>();

    Walk(Element anchor, String subject, String declared) {
      this.anchor = anchor;
      this.subject = subject;
      this.declared = declared;
    }

    /** {@code where}: "" at the top, else the record component reached through: "Batch.items". */
    ValueShape shape(TypeMirror type, String where) {
      switch (type.getKind()) {
        case BOOLEAN:
        case BYTE:
        case SHORT:
        case CHAR:
        case INT:
        case LONG:
        case FLOAT:
        case DOUBLE:
          return new ValueShape.Shared(TypeName.get(type));
        case ARRAY:
          {
            ValueShape component = shape(((ArrayType) type).getComponentType(), where);
            if (!component.needsCopy()) {
              return new ValueShape.Array((ArrayTypeName) TypeName.get(type), component);
            }
            checkVisible(innermost(type), where);
            return new ValueShape.Array((ArrayTypeName) TypeName.get(type), component);
          }
        case TYPEVAR:
          throw reject(Diagnostic.REMOTE_TYPE_VARIABLE, where, Names.display(type));
        case WILDCARD:
          throw reject(Diagnostic.REMOTE_WILDCARD, where, Names.display(type));
        case ERROR:
          throw new Rejected(
              Outcome.defer(
                  Problem.on(
                      anchor,
                      Diagnostic.UNRESOLVED_TYPE,
                      subject,
                      Names.display(type),
                      Names.display(TypeInspector.outermost(anchor)),
                      Names.display(type))));
        case DECLARED:
          return declaredShape((DeclaredType) type, where);
        default:
          throw reject(
              Diagnostic.REMOTE_MUTABLE_TYPE, where, Names.display(type), "not a value type");
      }
    }

    private ValueShape declaredShape(DeclaredType type, String where) {
      TypeElement element = (TypeElement) type.asElement();
      String name = element.getQualifiedName().toString();
      if (SHARED_CLASSES.contains(name) || element.getKind() == ElementKind.ENUM) {
        return new ValueShape.Shared(TypeName.get(type));
      }
      if (element.getKind() == ElementKind.INTERFACE && Annotations.has(element, EXPORTED)) {
        return new ValueShape.Remote(ClassName.get(element));
      }
      if (element.getKind() == ElementKind.RECORD) {
        return recordShape(type, element, where);
      }
      throw reject(Diagnostic.REMOTE_MUTABLE_TYPE, where, Names.display(element), kindOf(element));
    }

    private ValueShape recordShape(DeclaredType type, TypeElement record, String where) {
      for (TypeMirror argument : type.getTypeArguments()) {
        if (argument.getKind() == TypeKind.WILDCARD) {
          throw reject(Diagnostic.REMOTE_WILDCARD, where, Names.display(argument));
        }
        if (argument.getKind() == TypeKind.TYPEVAR) {
          throw reject(Diagnostic.REMOTE_TYPE_VARIABLE, where, Names.display(argument));
        }
      }
      if (!record.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
        throw reject(
            Diagnostic.REMOTE_TYPE_VARIABLE,
            where,
            Names.display(record.getTypeParameters().get(0).asType()));
      }
      if (open.contains(record)) {
        recursive.putIfAbsent(record, where);
        return new ValueShape.Shared(TypeName.get(type));
      }
      open.add(record);
      List<ValueShape.Component> components = new ArrayList<>();
      boolean copied = false;
      for (RecordComponentElement component : record.getRecordComponents()) {
        TypeMirror componentType =
            ((ExecutableType) inspector.types.asMemberOf(type, component.getAccessor()))
                .getReturnType();
        String inComponent = Names.display(record) + "." + component.getSimpleName();
        ValueShape shape = shape(componentType, inComponent);
        copied |= shape.needsCopy();
        components.add(
            new ValueShape.Component(component.getAccessor().getSimpleName().toString(), shape));
      }
      open.remove(record);
      if (!copied) {
        return new ValueShape.Shared(TypeName.get(type));
      }
      if (recursive.containsKey(record)) {
        throw reject(
            Diagnostic.REMOTE_RECURSIVE_RECORD,
            where,
            Names.display(record),
            recursive.get(record));
      }
      checkVisible(record, where);
      return new ValueShape.Record(TypeName.get(type), components);
    }

    /** Rejects {@code type} (a record or array element the generated code names) if hidden. */
    private void checkVisible(TypeElement type, String where) {
      if (type != null && !inspector.visibleFrom(type, pkg)) {
        throw reject(
            Diagnostic.REMOTE_TYPE_NOT_VISIBLE,
            where,
            Names.display(type),
            pkg.isEmpty() ? "(the unnamed package)" : pkg,
            Names.display(type));
      }
    }

    private Rejected reject(Diagnostic diagnostic, String where, String... rest) {
      String because = where.isEmpty() ? "" : " (because of the component " + where + ")";
      List<String> args = new ArrayList<>(List.of(subject, declared, because));
      args.addAll(List.of(rest));
      return new Rejected(
          Outcome.fail(Problem.on(anchor, diagnostic, args.toArray(new String[0]))));
    }
  }

  /** The declared type an array (of arrays) holds, or null for primitives. */
  private static TypeElement innermost(TypeMirror type) {
    TypeMirror element = type;
    while (element.getKind() == TypeKind.ARRAY) {
      element = ((ArrayType) element).getComponentType();
    }
    return element.getKind() == TypeKind.DECLARED ? TypeInspector.asElement(element) : null;
  }

  /** {@code an interface that is not @Exported}, {@code a class}, ... for "List is ...". */
  private static String kindOf(TypeElement element) {
    switch (element.getKind()) {
      case INTERFACE:
        return "an interface that is not @Exported";
      case ANNOTATION_TYPE:
        return "an annotation type";
      default:
        return "a class, not a record or an enum";
    }
  }
}
