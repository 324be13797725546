package org.k42j.processor.clustered.validation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.RootConstructor;
import org.k42j.processor.clustered.model.RootModel;
import org.k42j.processor.common.Anchors;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Outcome;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.TypeInspector;

/**
 * Finds a contract's user root where its rep names it, {@code @Rep(root = X.class)}, and checks it:
 * a class annotated {@code @Root} that the generated factory can see and create through at least
 * one non-private constructor (each becomes a {@code create} of the factory, with its parameters
 * and thrown types), extending the generated {@code <prefix>_RootBase} (directly or through classes
 * of its own), generic like the contract.
 *
 * <p>Problems of the reference itself (the class does not exist, or is not annotated {@code @Root})
 * point at the rep's {@code root} attribute; problems of the root class point at the class, or at
 * that attribute when the class comes from a class file and has no position.
 */
final class RootValidator {
  private static final String CLUSTER_ROOT = "org.k42j.runtime.internal.ClusterRoot";

  private final TypeInspector inspector;
  private final Anchors anchors;
  private final Instantiation instantiation;

  RootValidator(TypeInspector inspector, Anchors anchors) {
    this.inspector = inspector;
    this.anchors = anchors;
    this.instantiation = new Instantiation(inspector);
  }

  /**
   * The root {@code rep} names: empty when it names none (left unset, or {@code Void.class}: the
   * factory makes the generated {@code <prefix>_Root}); deferred while the named class does not
   * exist, since another processor may still generate it; a problem when the class is not annotated
   * {@code @Root}.
   *
   * @param contract the contract {@code rep} serves, for messages
   * @param generatedRoot the simple name of the generated root, for messages
   */
  Outcome<Optional<RootReference>> named(
      TypeElement rep, TypeElement contract, String generatedRoot) {
    AnnotationMirror annotation = Annotations.find(rep, Annotations.REP);
    AnnotationValue value = annotation == null ? null : Annotations.explicit(annotation, "root");
    if (value == null) {
      return Outcome.ok(Optional.empty());
    }
    TypeMirror named =
        value.getValue() instanceof TypeMirror ? (TypeMirror) value.getValue() : null;
    if (named == null || named.getKind() == TypeKind.ERROR) {
      // javac keeps no name for an unresolved class literal; it reports the name itself.
      boolean known = named != null && named.getKind() == TypeKind.ERROR;
      return Outcome.defer(
          Problem.on(
              rep,
              annotation,
              value,
              Diagnostic.UNRESOLVED_TYPE,
              Names.display(rep),
              known ? Names.display(named) : "the class its root attribute names",
              Names.display(contract),
              known ? Names.display(named) : "it"));
    }
    TypeElement root = named.getKind() == TypeKind.DECLARED ? TypeInspector.asElement(named) : null;
    if (root != null && root.getQualifiedName().contentEquals(Void.class.getName())) {
      return Outcome.ok(Optional.empty());
    }
    if (root == null || !Annotations.has(root, Annotations.ROOT)) {
      return Outcome.fail(
          Problem.on(
              rep,
              annotation,
              value,
              Diagnostic.ROOT_NOT_ANNOTATED,
              Names.display(rep),
              Names.display(named),
              Names.display(named),
              generatedRoot));
    }
    return Outcome.ok(Optional.of(new RootReference(root, rep, annotation, value)));
  }

  Outcome<RootModel> validate(RootReference reference, ContractContext context) {
    TypeElement root = reference.root();
    String name = Names.display(root);
    String base = context.generated(GeneratedType.ROOT_BASE);
    Problem wrongSuperclass =
        problem(
            reference,
            Diagnostic.ROOT_WRONG_SUPERCLASS,
            name,
            base,
            Names.display(context.contract()),
            root.getSimpleName() + Names.typeVariables(context.contract()),
            context.withTypeVariables(base));
    if (root.getKind() != ElementKind.CLASS) {
      return Outcome.fail(wrongSuperclass);
    }
    TypeMirror foreignBase =
        TypeInspector.foreignGeneratedBase(
            root, base, GeneratedType.ROOT_BASE.suffix(), CLUSTER_ROOT);
    if (foreignBase != null) {
      // The root may well be right for its own contract: the error is this rep's reference.
      String contract = Names.display(context.contract());
      String generatedRoot = context.generated(GeneratedType.ROOT);
      Problem problem =
          Problem.on(
              reference.rep(),
              reference.annotation(),
              reference.value(),
              Diagnostic.ROOT_OF_ANOTHER_CONTRACT,
              Names.display(reference.rep()),
              name,
              contract,
              name,
              Names.display(foreignBase),
              name,
              contract,
              context.contract().getSimpleName() + "Root" + Names.typeVariables(context.contract()),
              context.withTypeVariables(base),
              generatedRoot,
              name,
              contract,
              context.withTypeVariables(base));
      // Not generated yet: its contract may still be validated in this compilation; if it never
      // comes, the root extends a class that does not exist rather than another contract's base.
      return foreignBase.getKind() == TypeKind.ERROR
          ? Outcome.defer(wrongSuperclass)
          : Outcome.fail(problem);
    }
    Instantiation.Reason reason = instantiation.check(root, context, Instantiation.ROOT);
    if (reason != null) {
      return fail(reference, reason.diagnostic(), reason.args());
    }
    Boolean extendsBase = extendsRootBase(root, context);
    if (extendsBase == null) {
      return Outcome.defer(wrongSuperclass);
    }
    if (!extendsBase) {
      return Outcome.fail(wrongSuperclass);
    }
    if (!extendsRootBaseWithOwnTypeVariables(root, context)
        || !inspector.acceptsContractTypeVariables(root.getTypeParameters(), context.contract())) {
      return fail(
          reference,
          Diagnostic.ROOT_TYPE_VARIABLES,
          name,
          Names.display(context.contract()),
          base,
          root.getSimpleName() + Names.typeVariableDeclarations(context.contract()),
          context.withTypeVariables(base));
    }
    Problem marker = RepValidator.markerOnMethod(root);
    if (marker != null) {
      return Outcome.fail(marker);
    }
    List<ExecutableElement> usable = new ArrayList<>();
    for (ExecutableElement constructor : TypeInspector.constructors(root)) {
      if (inspector.callableFrom(constructor, context.pkg())) {
        usable.add(constructor);
      }
    }
    if (usable.isEmpty()) {
      return fail(
          reference,
          Diagnostic.ROOT_NO_CONSTRUCTOR,
          name,
          inspector.packageOf(root).equals(context.pkg()) ? "non-private" : "public");
    }
    Map<Element, TypeMirror> asContract = rootVariablesAsContracts(root, context.contract());
    List<RootConstructor> constructors = new ArrayList<>();
    for (ExecutableElement constructor : usable) {
      TypeMirror error = inspector.firstError(constructor.asType());
      if (error != null) {
        // Another processor may still generate it; the factory's create would name it.
        return Outcome.defer(
            onConstructor(
                constructor,
                reference,
                Diagnostic.UNRESOLVED_TYPE,
                Names.display(constructor),
                Names.display(error),
                Names.display(context.contract()),
                Names.display(error)));
      }
      for (TypeParameterElement own : constructor.getTypeParameters()) {
        for (TypeParameterElement contracts : context.contract().getTypeParameters()) {
          if (own.getSimpleName().equals(contracts.getSimpleName())) {
            return Outcome.fail(
                onConstructor(
                    constructor,
                    reference,
                    Diagnostic.ROOT_CONSTRUCTOR_TYPE_VARIABLE,
                    Names.display(constructor),
                    own.getSimpleName().toString(),
                    context.generated(GeneratedType.FACTORY),
                    Names.display(context.contract())));
          }
        }
      }
      constructors.add(constructor(constructor, asContract));
    }
    return Outcome.ok(new RootModel(ClassName.get(root), true, constructors));
  }

  /**
   * {@code constructor} as the factory's {@code create} declares it: its parameter, thrown and
   * bound types with the contract's type variables in place of the root's.
   */
  private RootConstructor constructor(
      ExecutableElement constructor, Map<Element, TypeMirror> asContract) {
    List<TypeVariableName> typeVariables = new ArrayList<>();
    for (TypeParameterElement variable : constructor.getTypeParameters()) {
      List<TypeName> bounds = new ArrayList<>();
      for (TypeMirror bound : variable.getBounds()) {
        if (!(bound.getKind() == TypeKind.DECLARED
            && TypeInspector.qualifiedName(bound).equals("java.lang.Object"))) {
          bounds.add(TypeName.get(inspector.substitute(bound, asContract)));
        }
      }
      typeVariables.add(
          TypeVariableName.get(
              variable.getSimpleName().toString(), bounds.toArray(new TypeName[0])));
    }
    List<ParameterSpec> parameters = new ArrayList<>();
    for (VariableElement parameter : constructor.getParameters()) {
      parameters.add(
          ParameterSpec.builder(
                  TypeName.get(inspector.substitute(parameter.asType(), asContract)),
                  parameter.getSimpleName().toString())
              .build());
    }
    List<TypeName> exceptions = new ArrayList<>();
    for (TypeMirror thrown : constructor.getThrownTypes()) {
      exceptions.add(TypeName.get(inspector.substitute(thrown, asContract)));
    }
    AnnotationMirror deprecated = Annotations.find(constructor, Annotations.DEPRECATED);
    return new RootConstructor(
        typeVariables,
        parameters,
        constructor.isVarArgs(),
        exceptions,
        inspector.firstCheckedException(constructor) != null,
        deprecated == null ? null : AnnotationSpec.get(deprecated));
  }

  /** The root's type variables mapped to the contract's, in order (checked to match in number). */
  private static Map<Element, TypeMirror> rootVariablesAsContracts(
      TypeElement root, TypeElement contract) {
    Map<Element, TypeMirror> map = new HashMap<>();
    List<? extends TypeParameterElement> own = root.getTypeParameters();
    List<? extends TypeParameterElement> contracts = contract.getTypeParameters();
    for (int i = 0; i < own.size(); i++) {
      map.put(own.get(i), contracts.get(i).asType());
    }
    return map;
  }

  /** A problem on a root constructor written in the sources, else as {@link #problem}. */
  private Problem onConstructor(
      ExecutableElement constructor,
      RootReference reference,
      Diagnostic diagnostic,
      String... args) {
    return anchors.isSource(constructor)
        ? Problem.on(constructor, diagnostic, args)
        : problem(reference, diagnostic, args);
  }

  /**
   * Whether a superclass of {@code root} is {@code <prefix>_RootBase}; null when the chain reaches
   * another unresolved class, which may be generated later. In the first round the base itself is
   * unresolved (it is generated from the rep), so an unresolved class is matched by its simple
   * name.
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

  /**
   * Whether {@code root} declares as many type variables as the contract and reaches {@code
   * <prefix>_RootBase} with exactly those, in order ({@code class CacheRoot<K, V> extends
   * Cache_RootBase<K, V>}, or through a class of its own: {@code class CacheRoot<K, V> extends
   * Shared<K, V>} where {@code Shared<A, B> extends Cache_RootBase<A, B>}). The root base is
   * usually not generated yet, so its type arguments are read from the name as written.
   */
  private boolean extendsRootBaseWithOwnTypeVariables(TypeElement root, ContractContext context) {
    List<? extends TypeParameterElement> own = root.getTypeParameters();
    if (own.size() != context.contract().getTypeParameters().size()) {
      return false;
    }
    String base = context.generated(GeneratedType.ROOT_BASE);
    Map<Element, TypeMirror> arguments = new HashMap<>();
    TypeMirror superclass = root.getSuperclass();
    while (superclass instanceof DeclaredType) {
      DeclaredType declared = (DeclaredType) superclass;
      List<TypeMirror> actual = new ArrayList<>();
      for (TypeMirror argument : declared.getTypeArguments()) {
        actual.add(inspector.substitute(argument, arguments));
      }
      if (TypeInspector.isNamed(superclass, context.pkg(), base)) {
        return sameVariables(actual, own);
      }
      if (superclass.getKind() != TypeKind.DECLARED) {
        return false;
      }
      TypeElement element = TypeInspector.asElement(superclass);
      List<? extends TypeParameterElement> parameters = element.getTypeParameters();
      if (actual.size() != parameters.size()) {
        // A raw superclass: the root's variables no longer reach the base.
        return own.isEmpty();
      }
      Map<Element, TypeMirror> next = new HashMap<>();
      for (int i = 0; i < parameters.size(); i++) {
        next.put(parameters.get(i), actual.get(i));
      }
      arguments = next;
      superclass = element.getSuperclass();
    }
    return false;
  }

  /** Whether {@code arguments} are exactly {@code variables}, in order. */
  private static boolean sameVariables(
      List<TypeMirror> arguments, List<? extends TypeParameterElement> variables) {
    if (arguments.size() != variables.size()) {
      return false;
    }
    for (int i = 0; i < arguments.size(); i++) {
      TypeMirror argument = arguments.get(i);
      if (argument.getKind() != TypeKind.TYPEVAR
          || !((TypeVariable) argument).asElement().equals(variables.get(i))) {
        return false;
      }
    }
    return true;
  }

  private Problem problem(RootReference reference, Diagnostic diagnostic, String... args) {
    return reference.on(anchors, reference.root(), diagnostic, args);
  }

  private <T> Outcome<T> fail(RootReference reference, Diagnostic diagnostic, String... args) {
    return Outcome.fail(problem(reference, diagnostic, args));
  }
}
