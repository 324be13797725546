package org.k42j.processor.clustered.validation;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import org.k42j.annotations.Concurrency;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.RepModel;
import org.k42j.processor.clustered.model.StateTransferModel;
import org.k42j.processor.clustered.model.VersionModel;
import org.k42j.processor.common.Anchors;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Outcome;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.TypeInspector;

/**
 * Turns a {@code @RepVersion} class into a {@link VersionModel}, or into exactly one error: the
 * class it names is a {@code @Rep}, it implements that rep's contract, it passes every check a rep
 * class passes (kind, instantiation, constructor, state transfer), and both classes declare a state
 * transfer of the same state type, so that either's state moves into the other at a swap.
 *
 * <p>Everything is read from the version class and what it reaches (the rep it names, that rep's
 * contract and root), as for reps; what the contract itself needs is checked with the contract.
 */
final class VersionValidator {
  private static final String VERSION_SUFFIX = "Version";

  private final TypeInspector inspector;
  private final RepValidator reps;
  private final RootValidator roots;

  VersionValidator(TypeInspector inspector, Anchors anchors) {
    this.inspector = inspector;
    this.reps = new RepValidator(inspector);
    this.roots = new RootValidator(inspector, anchors);
  }

  /**
   * The version's model; empty when what the version names is faulty in a way its own contract
   * reports (nothing is generated for the version then); or the first problem (deferred while a
   * type is not generated yet).
   */
  Outcome<Optional<VersionModel>> validate(TypeElement version) {
    AnnotationMirror annotation = Annotations.find(version, Annotations.REP_VERSION);
    AnnotationValue of = Annotations.explicit(annotation, "of");
    TypeMirror named =
        of != null && of.getValue() instanceof TypeMirror ? (TypeMirror) of.getValue() : null;
    if (named == null || named.getKind() == TypeKind.ERROR) {
      return Outcome.defer(
          Problem.on(
              version,
              annotation,
              of,
              Diagnostic.UNRESOLVED_TYPE,
              Names.display(version),
              named != null ? Names.display(named) : "the class its of attribute names",
              Names.display(version),
              named != null ? Names.display(named) : "it"));
    }
    if (Annotations.has(version, Annotations.REP)) {
      return Outcome.fail(
          Problem.on(version, Diagnostic.REP_VERSION_AND_REP, Names.display(version)));
    }
    TypeElement rep = named.getKind() == TypeKind.DECLARED ? TypeInspector.asElement(named) : null;
    if (rep == null || !Annotations.has(rep, Annotations.REP)) {
      return Outcome.fail(
          Problem.on(
              version,
              annotation,
              of,
              Diagnostic.REP_VERSION_TARGET,
              Names.display(version),
              Names.display(named),
              Names.display(version)));
    }
    TypeElement contract = contractOf(rep);
    if (contract == null) {
      return Outcome.ok(Optional.empty()); // the rep reports that it serves none, or two
    }
    if (!inspector.types.isSubtype(
        inspector.types.erasure(version.asType()), inspector.types.erasure(contract.asType()))) {
      return Outcome.fail(
          Problem.on(
              version,
              Diagnostic.REP_VERSION_CONTRACT,
              Names.display(version),
              Names.display(rep),
              Names.display(contract),
              Names.display(rep),
              Names.display(contract)));
    }
    if (!contract.getTypeParameters().isEmpty()) {
      return Outcome.fail(
          Problem.on(
              version,
              annotation,
              null,
              Diagnostic.REP_VERSION_GENERIC,
              Names.display(version),
              Names.display(contract)));
    }
    String prefix = Names.prefix(contract);
    Outcome<Optional<RootReference>> root =
        roots.named(rep, contract, prefix + "_" + GeneratedType.ROOT.suffix());
    if (!root.isOk()) {
      return Outcome.ok(Optional.empty()); // reported with the contract
    }
    RootReference rootReference = root.value().orElse(null);
    String pkg = inspector.packageOf(contract);
    ContractContext context = new ContractContext(contract, pkg, prefix, rootReference);
    Outcome<RepModel> repShape = reps.validateClass(rep, context);
    if (!repShape.isOk()) {
      return Outcome.ok(Optional.empty()); // reported with the contract
    }
    Outcome<RepModel> shape = reps.validateClass(version, context);
    if (!shape.isOk()) {
      return shape.propagate();
    }
    Problem state =
        stateProblem(version, annotation, rep, shape.value().stateTransfer(), repShape.value());
    if (state != null) {
      return Outcome.fail(state);
    }
    Problem defaults = defaultMethodsProblem(version, rep, contract);
    if (defaults != null) {
      return Outcome.fail(defaults);
    }
    boolean guarded =
        Concurrency.EXCLUSIVE
            .name()
            .equals(Annotations.enumConstant(repAnnotation(rep), "concurrency"));
    ClassName generatedRoot = ClassName.get(pkg, prefix + "_" + GeneratedType.ROOT.suffix());
    return Outcome.ok(
        Optional.of(
            new VersionModel(
                ClassName.get(contract),
                contract.getModifiers().contains(Modifier.PUBLIC),
                ClassName.get(version),
                ClassName.get(pkg, Names.prefix(version) + "_" + VERSION_SUFFIX),
                guarded ? ClassName.get(pkg, prefix + "_" + GeneratedType.GUARD.suffix()) : null,
                ClassName.get(pkg, prefix + "_" + GeneratedType.ROOT_BASE.suffix()),
                rootReference != null ? ClassName.get(rootReference.root()) : generatedRoot,
                shape.value().takesRoot(),
                shape.value().stateTransfer(),
                version)));
  }

  /**
   * A problem when the version and the rep class differ in which of the contract's unmarked default
   * methods they override: the dispatcher routes such a method by the rep class alone, so after a
   * swap the version's override would never be called, or the version would run the default body
   * with itself as {@code this}. Null when they agree.
   */
  private Problem defaultMethodsProblem(
      TypeElement version, TypeElement rep, TypeElement contract) {
    FinalRouting routing = new FinalRouting(inspector);
    for (ExecutableElement method :
        ElementFilter.methodsIn(inspector.elements.getAllMembers(contract))) {
      if (!method.getModifiers().contains(Modifier.DEFAULT)
          || !Annotations.markers(method).isEmpty()) {
        continue;
      }
      boolean byRep = routing.overriddenByClass(method, rep);
      boolean byVersion = routing.overriddenByClass(method, version);
      if (byRep != byVersion) {
        TypeElement overriding = byRep ? rep : version;
        TypeElement other = byRep ? version : rep;
        return Problem.on(
            version,
            Diagnostic.REP_VERSION_DEFAULT_METHODS,
            Names.display(version),
            Names.display(rep),
            Names.display(overriding),
            Names.display(method),
            Names.display(other));
      }
    }
    return null;
  }

  private static AnnotationMirror repAnnotation(TypeElement rep) {
    return Annotations.find(rep, Annotations.REP);
  }

  /** The one contract {@code rep} serves, or null when it serves none or two. */
  private TypeElement contractOf(TypeElement rep) {
    List<TypeElement> contracts = new ArrayList<>();
    for (TypeMirror supertype : inspector.allSupertypes(rep.asType())) {
      if (supertype.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement type = TypeInspector.asElement(supertype);
      if (type.getKind() == ElementKind.INTERFACE
          && Annotations.has(type, Annotations.CLUSTERED_OBJECT)
          && !contracts.contains(type)) {
        contracts.add(type);
      }
    }
    contracts.removeIf(
        contract ->
            contracts.stream()
                .anyMatch(
                    other ->
                        !other.equals(contract)
                            && inspector.types.isSubtype(
                                inspector.types.erasure(other.asType()),
                                inspector.types.erasure(contract.asType()))));
    return contracts.size() == 1 ? contracts.get(0) : null;
  }

  /**
   * Null when both classes declare a state transfer of the same state type; else the problem, on
   * the version's {@code @ImportState} when the types differ, else on its {@code @RepVersion}.
   */
  private Problem stateProblem(
      TypeElement version,
      AnnotationMirror annotation,
      TypeElement rep,
      StateTransferModel own,
      RepModel repShape) {
    StateTransferModel target = repShape.stateTransfer();
    String reason;
    if (target == null && own == null) {
      reason = "neither declares a state transfer";
    } else if (target == null) {
      reason = Names.display(rep) + " declares no state transfer";
    } else if (own == null) {
      reason = Names.display(version) + " declares no state transfer";
    } else if (!own.state().equals(target.state())) {
      reason =
          Names.display(version)
              + " exports "
              + own.state()
              + " but "
              + Names.display(rep)
              + " exports "
              + target.state();
    } else {
      return null;
    }
    String state =
        target != null ? target.state().toString() : own != null ? own.state().toString() : "S";
    // The version's import is at fault only when both declare a transfer and the types differ.
    ExecutableElement importer = own == null || target == null ? null : importMethod(version, own);
    return Problem.on(
        importer != null ? importer : version,
        importer != null ? Annotations.find(importer, StateTransferValidator.IMPORT) : annotation,
        null,
        Diagnostic.REP_VERSION_STATE,
        Names.display(version),
        Names.display(rep),
        reason,
        state,
        state);
  }

  private static ExecutableElement importMethod(TypeElement version, StateTransferModel transfer) {
    for (ExecutableElement method : ElementFilter.methodsIn(version.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals(transfer.importMethod())
          && Annotations.has(method, StateTransferValidator.IMPORT)) {
        return method;
      }
    }
    return null;
  }
}
