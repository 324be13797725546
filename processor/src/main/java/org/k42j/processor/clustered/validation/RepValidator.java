package org.k42j.processor.clustered.validation;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.model.DeclarationRules;
import org.k42j.model.Finding;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.RepModel;
import org.k42j.processor.clustered.model.StateTransferModel;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.MirrorViews;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Outcome;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.TypeInspector;

/**
 * Checks that the generated root can create a contract's {@code @Rep} class: a concrete class it
 * can see and call, generic exactly like the contract, with a constructor taking nothing or the
 * root, a consistent policy and cluster size, and a well-formed state-transfer contract when it
 * declares one.
 */
final class RepValidator {
  private static final String ABSTRACT_REP = "org.k42j.runtime.internal.AbstractRep";

  private final TypeInspector inspector;
  private final Instantiation instantiation;
  private final StateTransferValidator stateTransfer;

  RepValidator(TypeInspector inspector) {
    this.inspector = inspector;
    this.instantiation = new Instantiation(inspector);
    this.stateTransfer = new StateTransferValidator(inspector);
  }

  Outcome<RepModel> validate(TypeElement rep, ContractContext context) {
    Outcome<RepModel> shape = validateClass(rep, context);
    if (!shape.isOk()) {
      return shape;
    }
    Outcome<RepModel> settings = settings(rep, shape.value().takesRoot());
    StateTransferModel transfer = shape.value().stateTransfer();
    return settings.isOk() && transfer != null
        ? Outcome.ok(settings.value().withStateTransfer(transfer))
        : settings;
  }

  /**
   * The checks on a rep class that do not read {@code @Rep} (what a {@code @RepVersion} class must
   * pass too): its kind, instantiation, type variables, markers, constructor and state transfer.
   * The model's settings are placeholders; only {@code takesRoot} and the state transfer count.
   */
  Outcome<RepModel> validateClass(TypeElement rep, ContractContext context) {
    TypeElement contract = context.contract();
    String name = Names.display(rep);
    Finding shape = DeclarationRules.repShape(MirrorViews.type(rep, method -> false));
    if (shape != null) {
      return Outcome.fail(
          MirrorViews.on(
              rep,
              shape.plus(
                  rep.getSimpleName() + Names.typeVariables(contract),
                  context.withTypeVariables(Names.display(contract)))));
    }
    String ownBase = context.generated(GeneratedType.REP_BASE);
    TypeMirror foreignBase =
        TypeInspector.foreignGeneratedBase(
            rep, ownBase, GeneratedType.REP_BASE.suffix(), ABSTRACT_REP);
    if (foreignBase != null) {
      Problem problem =
          Problem.on(
              rep,
              Diagnostic.REP_FOREIGN_BASE,
              name,
              Names.display(foreignBase),
              Names.display(contract),
              context.withTypeVariables(ownBase));
      // Not generated yet: the next round shows whose base it is (or that it never comes).
      return foreignBase.getKind() == TypeKind.ERROR
          ? Outcome.defer(
              Problem.on(
                  rep,
                  Diagnostic.UNRESOLVED_TYPE,
                  name,
                  Names.display(foreignBase),
                  Names.display(contract),
                  Names.display(foreignBase)))
          : Outcome.fail(problem);
    }
    Instantiation.Reason reason =
        instantiation.check(rep, context, Instantiation.REP, Names.display(contract));
    if (reason != null) {
      return fail(rep, reason.diagnostic(), reason.args());
    }
    if (!implementsWithOwnTypeVariables(rep, contract)
        || !inspector.acceptsContractTypeVariables(rep.getTypeParameters(), contract)) {
      return fail(
          rep,
          Diagnostic.REP_TYPE_VARIABLES,
          name,
          Names.display(contract),
          rep.getSimpleName() + Names.typeVariableDeclarations(contract),
          context.withTypeVariables(Names.display(contract)));
    }
    Problem marker = markerOnMethod(rep);
    if (marker != null) {
      return Outcome.fail(marker);
    }
    Boolean takesRoot = takesRoot(rep, context);
    if (takesRoot == null) {
      return fail(
          rep,
          Diagnostic.REP_NO_CONSTRUCTOR,
          name,
          inspector.packageOf(rep).equals(context.pkg()) ? "a non-private" : "a public",
          " or taking " + context.rootName() + checkedExceptionNote(rep, context));
    }
    Outcome<StateTransferModel> transfer = stateTransfer.validate(rep, context);
    if (!transfer.isOk()) {
      return transfer.propagate();
    }
    return Outcome.ok(
        new RepModel(
            ClassName.get(rep),
            Policy.PER_PROCESSOR,
            0,
            Concurrency.EXCLUSIVE,
            takesRoot,
            transfer.value()));
  }

  /**
   * Whether {@code rep} declares as many type variables as {@code contract} and implements it with
   * exactly those, in order ({@code class CacheRep<K, V> implements Cache<K, V>}).
   */
  private boolean implementsWithOwnTypeVariables(TypeElement rep, TypeElement contract) {
    List<? extends TypeParameterElement> own = rep.getTypeParameters();
    if (own.size() != contract.getTypeParameters().size()) {
      return false;
    }
    if (own.isEmpty()) {
      return true;
    }
    DeclaredType implemented = inspector.supertypeOf(rep.asType(), contract);
    if (implemented == null || implemented.getTypeArguments().size() != own.size()) {
      return false;
    }
    for (int i = 0; i < own.size(); i++) {
      TypeMirror argument = implemented.getTypeArguments().get(i);
      if (argument.getKind() != TypeKind.TYPEVAR
          || !((TypeVariable) argument).asElement().equals(own.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first abstract method of the contract that {@code rep} neither implements nor inherits an
   * implementation of, as a problem on the rep; null when there is none, or when a superclass of
   * the rep other than the contract's own rep base does not exist yet (its methods are unknown).
   * Without this check javac would report the rep itself, after k42j generated the contract's
   * classes around it.
   */
  Problem missingMethod(TypeElement rep, List<ContractMethod> methods, ContractContext context) {
    String repBase = context.generated(GeneratedType.REP_BASE);
    boolean extendsRepBase = false;
    TypeMirror superclass = rep.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      extendsRepBase |= TypeInspector.isNamed(superclass, context.pkg(), repBase);
      superclass = TypeInspector.asElement(superclass).getSuperclass();
    }
    if (superclass.getKind() == TypeKind.ERROR) {
      if (!TypeInspector.isNamed(superclass, context.pkg(), repBase)) {
        return null;
      }
      extendsRepBase = true;
    }
    List<ExecutableElement> members =
        ElementFilter.methodsIn(inspector.elements.getAllMembers(rep));
    for (ContractMethod method : methods) {
      Finding objectMethod =
          DeclarationRules.objectMethod(
              MirrorViews.method(method.element, method.returnType(), inspector),
              routeKind(method.element),
              MirrorViews.type(rep, view -> inheritsObjectsAnswer(members, method)));
      if (objectMethod != null) {
        return MirrorViews.on(rep, objectMethod);
      }
      if (!method.element.getModifiers().contains(Modifier.ABSTRACT)
          || implemented(rep, members, method)
          || (extendsRepBase && implementedByRepBase(method))) {
        continue;
      }
      return Problem.on(
          rep,
          Diagnostic.REP_MISSING_METHOD,
          Names.display(rep),
          Names.display(method.element),
          Names.display(method.returnType())
              + " "
              + method.name()
              + Names.parameters(method.element),
          Names.display(rep));
    }
    return null;
  }

  /**
   * Whether the generated rep base implements {@code method}: it does every {@code @OnRoot} method
   * by calling the root, but for {@code equals}, {@code hashCode} and {@code toString}, which it
   * leaves to the rep.
   */
  private boolean implementedByRepBase(ContractMethod method) {
    return !inspector.overridesObjectMethod(method.element)
        && Annotations.has(method.element, Annotations.ON_ROOT);
  }

  /** How {@code method}'s marker routes it, as far as the rep class's checks need to know. */
  private static RouteKind routeKind(ExecutableElement method) {
    if (Annotations.has(method, Annotations.GATHER)) {
      return RouteKind.GATHER;
    }
    if (Annotations.has(method, Annotations.BROADCAST)) {
      return RouteKind.BROADCAST;
    }
    return Annotations.has(method, Annotations.ON_ROOT) ? RouteKind.ON_ROOT : RouteKind.DISPATCH;
  }

  /**
   * Whether the rep leaves {@code method} (a redeclared {@code toString}, {@code equals} or {@code
   * hashCode}) to {@code Object}: no class of its own among {@code members} implements it.
   */
  private static boolean inheritsObjectsAnswer(
      List<ExecutableElement> members, ContractMethod method) {
    for (ExecutableElement member : members) {
      if (member.getSimpleName().contentEquals(method.name())
          && member.getParameters().size() == method.element.getParameters().size()
          && !member.getModifiers().contains(Modifier.ABSTRACT)
          && !((TypeElement) member.getEnclosingElement())
              .getQualifiedName()
              .contentEquals("java.lang.Object")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a concrete method among {@code members} of {@code rep} implements {@code method}. A
   * contract's redeclared {@code toString}, {@code equals} or {@code hashCode} is always
   * implemented: every class inherits {@code Object}'s (which {@code Elements.overrides} does not
   * report as overriding an interface method).
   */
  private boolean implemented(
      TypeElement rep, List<ExecutableElement> members, ContractMethod method) {
    if (inspector.overridesObjectMethod(method.element)) {
      return true;
    }
    for (ExecutableElement member : members) {
      if (member.getSimpleName().contentEquals(method.name())
          && !member.getModifiers().contains(Modifier.ABSTRACT)
          && !member.getModifiers().contains(Modifier.STATIC)
          && (member.equals(method.element)
              || inspector.elements.overrides(member, method.element, rep))) {
        return true;
      }
    }
    return false;
  }

  /** A routing marker on one of a class's own methods, which nothing would route. */
  static Problem markerOnMethod(TypeElement type) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      List<AnnotationMirror> markers = Annotations.markers(method);
      if (!markers.isEmpty()) {
        return Problem.on(
            method,
            markers.get(0),
            null,
            Diagnostic.MARKER_OUTSIDE_CONTRACT,
            Names.display(method),
            Annotations.display(markers.get(0)));
      }
    }
    return null;
  }

  /**
   * Whether the root calls the constructor taking the root (true, preferred) or the no-argument one
   * (false); null when neither is usable.
   */
  private Boolean takesRoot(TypeElement rep, ContractContext context) {
    boolean noArguments = false;
    for (ExecutableElement constructor : TypeInspector.constructors(rep)) {
      if (!usable(constructor, context)) {
        continue;
      }
      List<? extends VariableElement> parameters = constructor.getParameters();
      if (parameters.isEmpty()) {
        noArguments = true;
      } else if (parameters.size() == 1 && isRoot(parameters.get(0).asType(), context)) {
        return true;
      }
    }
    return noArguments ? Boolean.FALSE : null;
  }

  private boolean usable(ExecutableElement constructor, ContractContext context) {
    return inspector.callableFrom(constructor, context.pkg())
        && inspector.firstCheckedException(constructor) == null;
  }

  /** Whether {@code type} is the root the factory makes: the user's root, or the generated one. */
  private static boolean isRoot(TypeMirror type, ContractContext context) {
    if (context.userRoot() != null) {
      if (type.getKind() == TypeKind.DECLARED) {
        return TypeInspector.asElement(type).equals(context.userRoot());
      }
      return type.getKind() == TypeKind.ERROR
          && Names.lastSegment(type.toString())
              .equals(context.userRoot().getSimpleName().toString());
    }
    return TypeInspector.isNamed(type, context.pkg(), context.generated(GeneratedType.ROOT));
  }

  /** Why an otherwise fitting constructor is not usable, when it throws a checked exception. */
  private String checkedExceptionNote(TypeElement rep, ContractContext context) {
    for (ExecutableElement constructor : TypeInspector.constructors(rep)) {
      List<? extends VariableElement> parameters = constructor.getParameters();
      boolean fits =
          parameters.isEmpty()
              || (parameters.size() == 1 && isRoot(parameters.get(0).asType(), context));
      TypeMirror checked = inspector.firstCheckedException(constructor);
      if (fits && inspector.callableFrom(constructor, context.pkg()) && checked != null) {
        return " that throws no checked exception ("
            + Names.display(constructor)
            + " throws "
            + Names.display(checked)
            + ")";
      }
    }
    return "";
  }

  /** The policy, cluster size and concurrency of {@code @Rep}, checked against each other. */
  private Outcome<RepModel> settings(TypeElement rep, boolean takesRoot) {
    AnnotationMirror annotation = Annotations.find(rep, Annotations.REP);
    String policyName = Annotations.enumConstant(annotation, "policy");
    String concurrencyName = Annotations.enumConstant(annotation, "concurrency");
    Object clusterSizeValue = Annotations.value(annotation, "clusterSize");
    if (policyName == null || concurrencyName == null || !(clusterSizeValue instanceof Integer)) {
      // The compiler reports the unresolvable attribute itself; wait for it.
      return Outcome.defer(
          Problem.on(
              rep,
              annotation,
              null,
              Diagnostic.UNRESOLVED_TYPE,
              Names.display(rep),
              "an attribute value",
              Names.display(rep),
              "it"));
    }
    Policy policy = Policy.valueOf(policyName);
    int clusterSize = (Integer) clusterSizeValue;
    AnnotationValue explicitClusterSize = Annotations.explicit(annotation, "clusterSize");
    Finding size =
        DeclarationRules.clusterSize(
            Names.display(rep), policy, clusterSize, explicitClusterSize != null);
    if (size != null) {
      AnnotationValue anchor =
          explicitClusterSize != null
              ? explicitClusterSize
              : Annotations.explicit(annotation, "policy");
      return Outcome.fail(
          Problem.on(
              rep,
              annotation,
              anchor,
              Diagnostic.of(size.rule()),
              size.args().toArray(new String[0])));
    }
    return Outcome.ok(
        new RepModel(
            ClassName.get(rep),
            policy,
            policy == Policy.PER_CLUSTER ? clusterSize : 0,
            Concurrency.valueOf(concurrencyName),
            takesRoot));
  }

  private static <T> Outcome<T> fail(TypeElement rep, Diagnostic diagnostic, String... args) {
    return Outcome.fail(Problem.on(rep, diagnostic, args));
  }
}
