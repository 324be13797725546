package org.k42j.processor.clustered.validation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import org.k42j.annotations.Reduce;
import org.k42j.model.DeclarationRules;
import org.k42j.model.Finding;
import org.k42j.model.MethodView;
import org.k42j.model.RouteKind;
import org.k42j.model.Rule;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.Anchors;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.MirrorViews;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Outcome;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.TypeInspector;

/**
 * Decides how each contract method is routed ({@code @Gather}, {@code @Broadcast}, {@code @OnRoot}
 * or the caller's rep) and checks the marker fits the method: a gather returns a value and names
 * exactly one applicable reduction or a usable combiner of its result type; a broadcast returns
 * void.
 */
final class MethodRouter {
  private final TypeInspector inspector;
  private final Anchors anchors;

  MethodRouter(TypeInspector inspector, Anchors anchors) {
    this.inspector = inspector;
    this.anchors = anchors;
  }

  Outcome<MethodModel> route(ContractMethod method, TypeElement contract) {
    ExecutableElement element = method.element;
    List<AnnotationMirror> markers = Annotations.markers(element);
    if (markers.size() > 1) {
      return Outcome.fail(
          anchors.on(
              element,
              contract,
              Diagnostic.ROUTING_CONFLICT,
              Names.display(element),
              Annotations.display(markers.get(0)),
              Annotations.display(markers.get(1)),
              "keep one of them"));
    }
    if (markers.isEmpty()) {
      return Outcome.ok(model(method, RouteKind.DISPATCH, Reduce.NONE, null));
    }
    AnnotationMirror marker = markers.get(0);
    String markerName =
        ((TypeElement) marker.getAnnotationType().asElement()).getQualifiedName().toString();
    switch (markerName) {
      case Annotations.GATHER:
        return gather(method, contract, marker);
      case Annotations.BROADCAST:
        Finding broadcast =
            DeclarationRules.route(view(method), RouteKind.BROADCAST, Reduce.NONE, false);
        if (broadcast != null) {
          return Outcome.fail(anchored(broadcast, element, contract, null, null));
        }
        return Outcome.ok(model(method, RouteKind.BROADCAST, Reduce.NONE, null));
      default:
        return Outcome.ok(model(method, RouteKind.ON_ROOT, Reduce.NONE, null));
    }
  }

  private Outcome<MethodModel> gather(
      ContractMethod method, TypeElement contract, AnnotationMirror gather) {
    ExecutableElement element = method.element;
    // The result's shape is checked before the attribute values are read (a combiner named
    // there may not exist yet): with a combiner named, the rule can only find a void result.
    Finding shape = DeclarationRules.route(view(method), RouteKind.GATHER, Reduce.NONE, true);
    if (shape != null) {
      return Outcome.fail(anchored(shape, element, contract, null, null));
    }
    AnnotationValue reduceValue = Annotations.explicit(gather, "reduce");
    String reduce = Annotations.enumConstant(gather, "reduce");
    AnnotationValue combinerValue = Annotations.explicit(gather, "combiner");
    TypeMirror combiner = combinerValue == null ? null : Annotations.classValue(gather, "combiner");
    if (combinerValue != null && (combiner == null || combiner.getKind() != TypeKind.DECLARED)) {
      return Outcome.defer(
          anchors.on(
              element,
              gather,
              combinerValue,
              contract,
              Diagnostic.UNRESOLVED_TYPE,
              Names.display(element),
              String.valueOf(combinerValue),
              Names.display(contract),
              String.valueOf(combinerValue)));
    }
    if (reduce == null) {
      // The compiler reports the unresolvable constant itself; wait for it.
      return Outcome.defer(
          anchors.on(
              element,
              gather,
              reduceValue,
              contract,
              Diagnostic.UNRESOLVED_TYPE,
              Names.display(element),
              String.valueOf(reduceValue),
              Names.display(contract),
              String.valueOf(reduceValue)));
    }
    boolean hasReduce = !reduce.equals(Reduce.NONE.name());
    boolean hasCombiner =
        combiner != null && !TypeInspector.qualifiedName(combiner).equals(Annotations.COMBINER);
    if (hasReduce && hasCombiner) {
      return Outcome.fail(
          anchors.on(
              element,
              gather,
              null,
              contract,
              Diagnostic.GATHER_REDUCE_AND_COMBINER,
              Names.display(element),
              reduce,
              Names.display(combiner)));
    }
    Finding route =
        DeclarationRules.route(view(method), RouteKind.GATHER, Reduce.valueOf(reduce), hasCombiner);
    if (route != null) {
      AnnotationValue at = route.rule() == Rule.GATHER_REDUCE_TYPE ? reduceValue : null;
      return Outcome.fail(anchored(route, element, contract, gather, at));
    }
    if (hasReduce) {
      return Outcome.ok(model(method, RouteKind.GATHER, Reduce.valueOf(reduce), null));
    }
    Problem problem = checkCombiner(method, contract, gather, combinerValue, combiner);
    if (problem != null) {
      return Outcome.fail(problem);
    }
    TypeElement combinerClass = TypeInspector.asElement(combiner);
    MethodModel model = model(method, RouteKind.GATHER, Reduce.NONE, ClassName.get(combinerClass));
    return Outcome.ok(
        combinerClass.getTypeParameters().isEmpty() ? model : model.withGenericCombiner());
  }

  private MethodView view(ContractMethod method) {
    return MirrorViews.method(method.element, method.returnType(), inspector);
  }

  /** {@code finding} as a problem on {@code element}, or on its {@code annotation} (and value). */
  private Problem anchored(
      Finding finding,
      ExecutableElement element,
      TypeElement contract,
      AnnotationMirror annotation,
      AnnotationValue value) {
    String[] args = finding.args().toArray(new String[0]);
    Diagnostic diagnostic = Diagnostic.of(finding.rule());
    return annotation == null
        ? anchors.on(element, contract, diagnostic, args)
        : anchors.on(element, annotation, value, contract, diagnostic, args);
  }

  private Problem checkCombiner(
      ContractMethod method,
      TypeElement contract,
      AnnotationMirror gather,
      AnnotationValue value,
      TypeMirror combiner) {
    ExecutableElement element = method.element;
    TypeElement type = TypeInspector.asElement(combiner);
    TypeMirror result = method.returnType();
    TypeMirror boxed =
        result.getKind().isPrimitive()
            ? inspector.types.boxedClass((PrimitiveType) result).asType()
            : result;
    TypeElement combinerInterface = inspector.elements.getTypeElement(Annotations.COMBINER);
    DeclaredType implemented = inspector.supertypeOf(type.asType(), combinerInterface);
    String mismatch = combinerMismatch(type, implemented, boxed);
    if (mismatch != null) {
      return anchors.on(
          element,
          gather,
          value,
          contract,
          Diagnostic.GATHER_COMBINER_TYPE,
          Names.display(type),
          mismatch,
          Names.display(element),
          Names.display(result),
          Names.display(boxed));
    }
    String[] unusable = unusable(type, inspector.packageOf(contract));
    if (unusable != null) {
      return anchors.on(
          element,
          gather,
          value,
          contract,
          Diagnostic.GATHER_COMBINER_UNUSABLE,
          Names.display(type),
          Names.display(element),
          unusable[0],
          unusable[1]);
    }
    return null;
  }

  /**
   * How {@code combiner}'s {@code Combiner<X>} differs from {@code Combiner<boxed>} ("a
   * Combiner<Long>"), or null when it fits. A generic combiner fits when its {@code X} is one of
   * its own type variables (bounded by a supertype of the result) or erases to the result's class.
   */
  private String combinerMismatch(
      TypeElement combiner, DeclaredType implemented, TypeMirror boxed) {
    if (implemented == null || implemented.getTypeArguments().isEmpty()) {
      return "a raw Combiner";
    }
    TypeMirror combined = implemented.getTypeArguments().get(0);
    String description = "a Combiner<" + Names.display(combined) + ">";
    if (combiner.getTypeParameters().isEmpty()) {
      return inspector.types.isSameType(combined, boxed) ? null : description;
    }
    if (combined.getKind() == TypeKind.TYPEVAR
        && combiner.getTypeParameters().contains(((TypeVariable) combined).asElement())) {
      TypeMirror bound = inspector.types.erasure(((TypeVariable) combined).getUpperBound());
      return inspector.types.isAssignable(inspector.types.erasure(boxed), bound)
          ? null
          : description;
    }
    return inspector.types.isSameType(
            inspector.types.erasure(combined), inspector.types.erasure(boxed))
        ? null
        : description;
  }

  /** Why the dispatcher cannot instantiate {@code combiner} and what to do, or null. */
  private String[] unusable(TypeElement combiner, String pkg) {
    if (combiner.getKind() == ElementKind.INTERFACE) {
      return new String[] {"it is an interface", "name a class that implements it"};
    }
    if (combiner.getKind() == ElementKind.ENUM) {
      return new String[] {"it is an enum", "use a class with a public no-argument constructor"};
    }
    if (combiner.getModifiers().contains(Modifier.ABSTRACT)) {
      return new String[] {"it is abstract", "make it concrete, or name a concrete subclass"};
    }
    TypeElement privateEnclosure = TypeInspector.privateEnclosure(combiner);
    if (privateEnclosure != null) {
      return new String[] {
        "it is " + TypeInspector.privacy(combiner, privateEnclosure), "make it public"
      };
    }
    String inner = TypeInspector.innerness(combiner);
    if (inner != null) {
      return new String[] {"it is " + inner, "make it a static nested class or a top-level class"};
    }
    if (!inspector.visibleFrom(combiner, pkg)) {
      return new String[] {
        "it is not public and lives in another package than the contract", "make it public"
      };
    }
    for (ExecutableElement constructor : TypeInspector.constructors(combiner)) {
      if (constructor.getParameters().isEmpty()
          && inspector.callableFrom(constructor, pkg)
          && inspector.firstCheckedException(constructor) == null) {
        return null;
      }
    }
    return new String[] {
      "it has no public no-argument constructor that throws no checked exception",
      "add `public " + combiner.getSimpleName() + "() {}`"
    };
  }

  /**
   * A method type variable with the bounds it has as a member of the contract. JavaPoet's {@code
   * TypeVariableName.get(TypeVariable)} reads the bounds from the declaration, so an inherited
   * {@code <U extends T>} would keep {@code T} instead of the contract's argument for it.
   */
  private static TypeVariableName typeVariable(TypeVariable variable) {
    String name = variable.asElement().getSimpleName().toString();
    TypeMirror upper = variable.getUpperBound();
    List<TypeName> bounds = new ArrayList<>();
    if (upper.getKind() == TypeKind.INTERSECTION) {
      for (TypeMirror bound : ((IntersectionType) upper).getBounds()) {
        bounds.add(TypeName.get(bound));
      }
    } else if (!(upper.getKind() == TypeKind.DECLARED
        && TypeInspector.qualifiedName(upper).equals("java.lang.Object"))) {
      bounds.add(TypeName.get(upper));
    }
    return TypeVariableName.get(name, bounds.toArray(new TypeName[0]));
  }

  private static MethodModel model(
      ContractMethod method, RouteKind kind, Reduce reduce, ClassName combiner) {
    ExecutableElement element = method.element;
    List<TypeVariableName> typeVariables = new ArrayList<>();
    for (TypeVariable variable : method.type.getTypeVariables()) {
      typeVariables.add(typeVariable(variable));
    }
    List<ParameterSpec> parameters = new ArrayList<>();
    List<? extends TypeMirror> parameterTypes = method.type.getParameterTypes();
    for (int i = 0; i < parameterTypes.size(); i++) {
      parameters.add(
          ParameterSpec.builder(
                  TypeName.get(parameterTypes.get(i)),
                  element.getParameters().get(i).getSimpleName().toString())
              .build());
    }
    List<TypeName> exceptions = new ArrayList<>();
    for (TypeMirror thrown : method.thrownTypes()) {
      exceptions.add(TypeName.get(thrown));
    }
    return new MethodModel(
        method.name(),
        typeVariables,
        TypeName.get(method.returnType()),
        parameters,
        element.isVarArgs(),
        exceptions,
        kind,
        reduce,
        combiner,
        method.deprecated() == null ? null : AnnotationSpec.get(method.deprecated()));
  }
}
