package org.k42j.processor.clustered.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import org.k42j.annotations.Concurrency;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.clustered.model.RepModel;
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
 * Validates one contract with the reps seen for it so far and builds its model. Stops at the first
 * problem, in a fixed order: the contract itself, its methods, the rep, the root the rep names, the
 * {@code @OnRoot} methods, and clashes with the generated classes. A contract without a rep yet is
 * deferred: a later round (or another processor) may still bring one.
 *
 * <p>The model depends only on what the rep reaches: the contract is the rep's superinterface, and
 * the root is the class the rep names. So the rep is the single originating element of every file
 * generated from the model, as Gradle requires of an isolating processor.
 */
final class ContractValidator {
  private final TypeInspector inspector;
  private final Anchors anchors;
  private final MethodCollector collector;
  private final MethodRouter router;
  private final ReservedNames reserved;
  private final RepValidator repValidator;
  private final RootValidator rootValidator;
  private final OnRootValidator onRootValidator;
  private final HiddenTypes hiddenTypes;
  private final FinalRouting finalRouting;

  ContractValidator(TypeInspector inspector, Anchors anchors) {
    this.inspector = inspector;
    this.anchors = anchors;
    this.collector = new MethodCollector(inspector, anchors);
    this.router = new MethodRouter(inspector, anchors);
    this.reserved = new ReservedNames(inspector, anchors);
    this.repValidator = new RepValidator(inspector);
    this.rootValidator = new RootValidator(inspector, anchors);
    this.onRootValidator = new OnRootValidator(inspector, anchors);
    this.hiddenTypes = new HiddenTypes(inspector, anchors);
    this.finalRouting = new FinalRouting(inspector);
  }

  /**
   * @param reps the {@code @Rep} classes implementing the contract, by qualified name
   */
  Outcome<ContractModel> validate(TypeElement contract, List<TypeElement> reps) {
    TypeElement privateEnclosure = TypeInspector.privateEnclosure(contract);
    if (privateEnclosure != null) {
      return Outcome.fail(
          Problem.on(
              contract,
              Diagnostic.CONTRACT_PRIVATE,
              Names.display(contract),
              TypeInspector.privacy(contract, privateEnclosure)));
    }

    String serializableThrough = serializableThrough(contract);

    Outcome<List<ContractMethod>> collected = collector.collect(contract);
    if (!collected.isOk()) {
      return collected.propagate();
    }
    List<ContractMethod> methods = collected.value();
    List<MethodModel> models = new ArrayList<>();
    List<ContractMethod> onRoot = new ArrayList<>();
    for (ContractMethod method : methods) {
      Outcome<MethodModel> routed = router.route(method, contract);
      if (!routed.isOk()) {
        return routed.propagate();
      }
      models.add(routed.value());
      if (routed.value().kind() == RouteKind.ON_ROOT) {
        onRoot.add(method);
      }
      Problem clash = reserved.dispatcherClash(method, contract);
      if (clash != null) {
        return Outcome.fail(clash);
      }
    }

    String prefix = Names.prefix(contract);
    if (reps.isEmpty()) {
      return Outcome.defer(
          Problem.on(
              contract,
              Diagnostic.MISSING_REP,
              Names.display(contract),
              contract.getSimpleName().toString(),
              Names.display(contract)));
    }
    if (reps.size() > 1) {
      return Outcome.fail(
          Problem.on(
              reps.get(1),
              Diagnostic.DUPLICATE_REP,
              Names.display(reps.get(1)),
              Names.display(contract),
              Names.display(reps.get(0))));
    }
    TypeElement rep = reps.get(0);
    Outcome<Optional<RootReference>> named =
        rootValidator.named(rep, contract, prefix + "_" + GeneratedType.ROOT.suffix());
    if (!named.isOk()) {
      return named.propagate();
    }
    RootReference rootReference = named.value().orElse(null);
    ContractContext context =
        new ContractContext(contract, inspector.packageOf(contract), prefix, rootReference);
    Outcome<RepModel> repModel = repValidator.validate(rep, context);
    if (!repModel.isOk()) {
      return repModel.propagate();
    }
    Problem missing = repValidator.missingMethod(rep, methods, context);
    if (missing != null) {
      return Outcome.fail(missing);
    }
    Problem sealed = sealedWithoutPermits(contract, repModel.value(), context);
    if (sealed != null) {
      return Outcome.fail(sealed);
    }

    RootModel rootModel =
        new RootModel(
            ClassName.get(context.pkg(), context.generated(GeneratedType.ROOT)),
            false,
            List.of(RootConstructor.NO_ARGUMENTS));
    if (rootReference != null) {
      Outcome<RootModel> validated = rootValidator.validate(rootReference, context);
      if (!validated.isOk()) {
        return validated.propagate();
      }
      rootModel = validated.value();
    }
    Problem onRootProblem = onRootValidator.check(onRoot, context);
    if (onRootProblem != null) {
      return Outcome.fail(onRootProblem);
    }

    boolean guarded = repModel.value().concurrency() == Concurrency.EXCLUSIVE;
    boolean extendsRepBase = extendsRepBase(rep, context);
    for (ContractMethod method : methods) {
      Problem clash = guarded ? reserved.guardClash(method, contract) : null;
      if (clash == null && extendsRepBase) {
        clash = reserved.repBaseClash(method, contract, rep);
      }
      if (clash != null) {
        return Outcome.fail(clash);
      }
    }

    if (serializableThrough != null) {
      Problem serialForm =
          serialForm(contract, serializableThrough, rep, repModel.value(), rootModel);
      if (serialForm != null) {
        return Outcome.fail(serialForm);
      }
    }

    Problem hidden = hiddenTypes.check(context, methods, models, rootModel.type());
    if (hidden != null) {
      return Outcome.fail(hidden);
    }

    return Outcome.ok(
        new ContractModel(
            ClassName.get(contract),
            typeVariables(contract),
            isPublic(contract),
            repModel.value(),
            rootModel,
            finalRouting.refine(
                methods,
                models,
                contract,
                rep,
                rootReference == null ? null : rootReference.root()),
            rep,
            List.copyOf(hiddenTypes.memberTypes(contract).keySet()),
            serializableThrough != null));
  }

  /**
   * A sealed contract must permit every generated class that implements it: the dispatcher, the
   * miss object and, for an exclusive rep, the guard (all final). The permits clause names them
   * before they exist, so they are matched by simple name. Null when the contract is not sealed or
   * permits them all.
   */
  /**
   * How a contract extends {@link java.io.Serializable} ({@code "java.io.Serializable"}, or the
   * interface it inherits it through); null when it does not.
   */
  private String serializableThrough(TypeElement contract) {
    TypeElement serializable = inspector.elements.getTypeElement("java.io.Serializable");
    if (serializable == null
        || !inspector.types.isSubtype(
            inspector.types.erasure(contract.asType()), serializable.asType())) {
      return null;
    }
    for (TypeMirror direct : contract.getInterfaces()) {
      if (direct.getKind() != TypeKind.DECLARED
          || !inspector.types.isSubtype(inspector.types.erasure(direct), serializable.asType())) {
        continue;
      }
      TypeElement element = TypeInspector.asElement(direct);
      if (!element.equals(serializable)) {
        return Names.display(element) + ", a Serializable interface";
      }
      break;
    }
    return "java.io.Serializable";
  }

  /**
   * A serializable contract's serial form is every rep's exported state, read back into a new
   * object made without arguments: the rep must declare the state transfer, export a serializable
   * type (an interface or abstract class may have serializable implementations, so only a concrete
   * class that is not serializable is refused), and the root must be made without arguments.
   */
  private Problem serialForm(
      TypeElement contract, String through, TypeElement rep, RepModel repModel, RootModel root) {
    if (repModel.stateTransfer() == null) {
      return Problem.on(
          contract,
          Diagnostic.CONTRACT_SERIALIZABLE,
          Names.display(contract),
          through,
          Names.display(rep),
          Names.display(rep));
    }
    if (!root.createdWithoutArguments()) {
      return Problem.on(
          contract,
          Diagnostic.CONTRACT_SERIALIZABLE_ROOT,
          Names.display(contract),
          root.type().simpleName(),
          Names.display(contract),
          root.type().simpleName());
    }
    TypeElement serializable = inspector.elements.getTypeElement("java.io.Serializable");
    for (ExecutableElement method : ElementFilter.methodsIn(rep.getEnclosedElements())) {
      if (!Annotations.has(method, StateTransferValidator.EXPORT)) {
        continue;
      }
      TypeMirror state = method.getReturnType();
      if (state.getKind() != TypeKind.DECLARED) {
        return null; // a primitive: boxed, serializable
      }
      TypeElement type = TypeInspector.asElement(state);
      boolean mayBeSerializable =
          type.getKind().isInterface()
              || type.getModifiers().contains(Modifier.ABSTRACT)
              || inspector.types.isSubtype(inspector.types.erasure(state), serializable.asType());
      return mayBeSerializable
          ? null
          : Problem.on(
              method,
              Diagnostic.CONTRACT_SERIALIZABLE_STATE,
              Names.display(contract),
              Names.display(rep) + "." + method.getSimpleName() + "()",
              Names.display(type));
    }
    return null;
  }

  private static Problem sealedWithoutPermits(
      TypeElement contract, RepModel rep, ContractContext context) {
    if (!contract.getModifiers().contains(Modifier.SEALED)) {
      return null;
    }
    List<GeneratedType> implementing =
        new ArrayList<>(List.of(GeneratedType.DISPATCHER, GeneratedType.MISS));
    if (rep.concurrency() == Concurrency.EXCLUSIVE) {
      implementing.add(GeneratedType.GUARD);
    }
    List<String> missing = new ArrayList<>();
    for (GeneratedType type : implementing) {
      String name = context.generated(type);
      boolean permitted = false;
      for (TypeMirror subclass : contract.getPermittedSubclasses()) {
        permitted |= TypeInspector.isNamed(subclass, context.pkg(), name);
      }
      if (!permitted) {
        missing.add(name);
      }
    }
    if (missing.isEmpty()) {
      return null;
    }
    String list = Names.and(missing);
    return Problem.on(contract, Diagnostic.CONTRACT_SEALED, Names.display(contract), list, list);
  }

  /** Whether a superclass of {@code rep} is the generated {@code <prefix>_RepBase}. */
  private static boolean extendsRepBase(TypeElement rep, ContractContext context) {
    TypeMirror superclass = rep.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED || superclass.getKind() == TypeKind.ERROR) {
      if (TypeInspector.isNamed(
          superclass, context.pkg(), context.generated(GeneratedType.REP_BASE))) {
        return true;
      }
      if (superclass.getKind() == TypeKind.ERROR) {
        return false;
      }
      superclass = TypeInspector.asElement(superclass).getSuperclass();
    }
    return false;
  }

  private static List<TypeVariableName> typeVariables(TypeElement contract) {
    List<TypeVariableName> variables = new ArrayList<>();
    for (TypeParameterElement variable : contract.getTypeParameters()) {
      variables.add(TypeVariableName.get(variable));
    }
    return variables;
  }

  /** Whether the contract and every type around it are public. */
  private static boolean isPublic(TypeElement contract) {
    for (Element e = contract; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
