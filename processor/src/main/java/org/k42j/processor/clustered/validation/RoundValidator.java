package org.k42j.processor.clustered.validation;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.StandInModel;
import org.k42j.processor.clustered.model.VersionModel;
import org.k42j.processor.common.Anchors;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.ErrorReporter;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Outcome;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.TypeInspector;

/**
 * The processor's front end across rounds: collects {@code @ClusteredObject} interfaces,
 * {@code @Rep} and {@code @Root} classes and the method markers, groups the reps by contract, and
 * turns each contract into a model to write, or into exactly one error.
 *
 * <h2>Everything follows from the rep</h2>
 *
 * <p>A contract's model is built from its rep and what the rep reaches: the contract is the rep's
 * {@code @ClusteredObject} superinterface, the user root is the class named by the rep's {@code
 * root} attribute. {@code @Root} classes are collected only to report those that no rep names
 * ({@link Diagnostic#ROOT_UNREFERENCED}); a root is never found by scanning for its annotation.
 * This is what lets the rep be the one originating element of every generated file (Gradle's
 * isolating processors). Errors may look wider (a contract without a rep, a second rep, a root no
 * rep names), but what is generated does not.
 *
 * <h2>Rounds</h2>
 *
 * <p>Everything is remembered by qualified name and looked up again in each round (elements of one
 * round must not be used in the next). A contract is validated as soon as a rep for it has been
 * seen; until then it waits, because a later round may bring one, and it is reported as having no
 * rep only in the last round. A contract whose methods mention a type that does not exist yet (one
 * another processor will generate) is deferred to the next round by name and reported only if the
 * type is still missing in the last round. A rep or root whose superclass is the not-yet-generated
 * {@code <prefix>_RepBase} or {@code <prefix>_RootBase} is fine: unresolved generated names are
 * matched by their simple name.
 *
 * <h2>One error per contract</h2>
 *
 * <p>A contract is <em>finished</em> once it is written or has had an error; nothing more is
 * reported about it or generated for it. An error on a rep or root (it implements two contracts, it
 * is private, ...) finishes its contract too, so the contract is not also reported as having no
 * rep. Errors on one contract never stop other contracts from being generated.
 *
 * <p>A contract that fails before the last round gets stand-ins of the generated types user code
 * names ({@link #standIns()}: root and rep bases, root, the classes a sealed permits clause names):
 * user roots and reps extend those, and without them javac would add "cannot find symbol" to the
 * contract's one error. For the same reason a {@code @Root} extending the root base of a failed
 * contract is not reported as unreferenced.
 */
public final class RoundValidator {
  private final ProcessingEnvironment env;
  private final ErrorReporter reporter;
  private final Anchors anchors = new Anchors();

  private static final String RUNTIME_ROOT = "org.k42j.runtime.internal.ClusterRoot";

  /** Whether the missing runtime has been reported: once per compilation. */
  private boolean runtimeReported;

  /** Contracts seen and neither written nor failed yet. */
  private final Set<String> pending = new TreeSet<>();

  /** Contracts written or failed: nothing more is reported or generated for them. */
  private final Set<String> finished = new HashSet<>();

  /** The rep of each written contract. */
  private final Map<String, String> writtenReps = new HashMap<>();

  private final Map<String, Set<String>> repsByContract = new HashMap<>();

  /** Reps whose contract could not be resolved yet. */
  private final Set<String> deferredReps = new TreeSet<>();

  /** Every {@code @Root} class compiled, and every class a {@code @Rep} names as its root. */
  private final Set<String> declaredRoots = new TreeSet<>();

  private final Set<String> namedRoots = new HashSet<>();

  /** Every contract and every supertype of one: routing markers there are meaningful. */
  private final Set<String> contractHierarchy = new HashSet<>();

  /** {@code @RepVersion} classes not validated yet (they wait for their contract). */
  private final Set<String> pendingVersions = new TreeSet<>();

  /** The versions that became valid in the latest round, for the writer. */
  private List<VersionModel> versions = List.of();

  /**
   * The qualified names of the root bases of contracts that failed: a {@code @Root} extending one
   * belongs to a contract that already has its one error.
   */
  private final Set<String> failedRootBases = new HashSet<>();

  /** The stand-ins of the contracts that failed in the latest round, for the writer. */
  private List<StandInModel> standIns = new ArrayList<>();

  /** Plain interfaces with routing markers, checked against the hierarchy in the last round. */
  private final Set<String> markedInterfaces = new TreeSet<>();

  /** Validates for {@code env} and reports through {@code reporter}. */
  public RoundValidator(ProcessingEnvironment env, ErrorReporter reporter) {
    this.env = env;
    this.reporter = reporter;
  }

  /**
   * Takes in one round. Returns the models of the contracts that became valid in it, to be written
   * now; reports every error found. In the last round ({@link RoundEnvironment#processingOver()})
   * reports whatever is still unresolved or without a rep.
   */
  public List<ContractModel> process(RoundEnvironment round) {
    boolean lastRound = round.processingOver();
    standIns = new ArrayList<>();
    TypeInspector inspector = new TypeInspector(env.getTypeUtils(), env.getElementUtils());
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement) {
        anchors.addSource((TypeElement) root);
      }
    }
    collectContracts(round, inspector);
    collectReps(round, inspector, lastRound);
    collectRoots(round);
    collectMarkers(round);
    List<ContractModel> models = validatePending(inspector, lastRound);
    for (TypeElement version : annotatedTypes(round, Annotations.REP_VERSION)) {
      pendingVersions.add(nameOf(version));
    }
    versions = validateVersions(inspector, lastRound);
    if (lastRound) {
      reportMarkersOutsideContracts();
      reportUnreferencedRoots();
      // Files created in the last round are not compiled; with an error already reported the
      // compilation fails anyway, so nothing is written then.
      standIns = List.of();
      if (reporter.errorCount() != 0) {
        versions = List.of();
        return List.of();
      }
    }
    return models;
  }

  /**
   * The stand-ins (root and rep bases, root, ...) of the contracts that failed in the latest round,
   * to be written: user code extending them then compiles, and the contract's error stays the only
   * one. None in the last round, whose files javac no longer compiles.
   */
  public List<StandInModel> standIns() {
    return standIns;
  }

  /** The {@code @RepVersion} classes that became valid in the latest round, to be written. */
  public List<VersionModel> versions() {
    return versions;
  }

  /**
   * Validates each pending version whose contract has been written (a version of a contract that
   * failed is dropped without a word: the contract's error says what to fix); a version's own
   * mistakes are reported at once.
   */
  private List<VersionModel> validateVersions(TypeInspector inspector, boolean lastRound) {
    VersionValidator validator = new VersionValidator(inspector, anchors);
    List<VersionModel> valid = new ArrayList<>();
    for (String name : new ArrayList<>(pendingVersions)) {
      TypeElement version = env.getElementUtils().getTypeElement(name);
      if (version == null) {
        pendingVersions.remove(name);
        continue;
      }
      guard(
          version,
          () -> {
            Outcome<Optional<VersionModel>> outcome = validator.validate(version);
            if (!outcome.isOk()) {
              if (!outcome.isDeferred() || lastRound) {
                pendingVersions.remove(name);
                reporter.report(outcome.problem());
              }
              return;
            }
            if (outcome.value().isEmpty()) {
              pendingVersions.remove(name);
              return;
            }
            VersionModel model = outcome.value().get();
            String contract = model.contract().canonicalName();
            if (writtenReps.containsKey(contract)) {
              pendingVersions.remove(name);
              valid.add(model);
            } else if (finished.contains(contract) || lastRound) {
              pendingVersions.remove(name); // its contract failed, or never got a rep
            }
          });
    }
    return valid;
  }

  // --- collection ------------------------------------------------------------------------------

  private void collectContracts(RoundEnvironment round, TypeInspector inspector) {
    for (TypeElement contract : annotatedTypes(round, Annotations.CLUSTERED_OBJECT)) {
      guard(
          contract,
          () -> {
            if (contract.getKind() != ElementKind.INTERFACE) {
              fail(
                  contract,
                  Problem.on(
                      contract,
                      Diagnostic.CONTRACT_NOT_INTERFACE,
                      Names.display(contract),
                      Names.kindWithArticle(contract),
                      Names.display(contract)));
              return;
            }
            String name = nameOf(contract);
            contractHierarchy.add(name);
            for (TypeMirror supertype : inspector.allSupertypes(contract.asType())) {
              if (supertype.getKind() == TypeKind.DECLARED) {
                contractHierarchy.add(TypeInspector.qualifiedName(supertype));
              }
            }
            if (!finished.contains(name)) {
              pending.add(name);
            }
          });
    }
  }

  private void collectReps(RoundEnvironment round, TypeInspector inspector, boolean lastRound) {
    List<TypeElement> reps = new ArrayList<>(annotatedTypes(round, Annotations.REP));
    reps.addAll(resolve(deferredReps));
    deferredReps.clear();
    for (TypeElement rep : reps) {
      guard(
          rep,
          () -> {
            noteNamedRoot(rep);
            attachRep(rep, inspector, lastRound);
          });
    }
  }

  /** Remembers the class {@code rep} names as its root, if it names one that exists. */
  private void noteNamedRoot(TypeElement rep) {
    TypeMirror root = Annotations.classValue(Annotations.find(rep, Annotations.REP), "root");
    if (root != null && root.getKind() == TypeKind.DECLARED) {
      namedRoots.add(TypeInspector.qualifiedName(root));
    }
  }

  /** Files {@code rep} under its contract, or reports why it has none. */
  private void attachRep(TypeElement rep, TypeInspector inspector, boolean lastRound) {
    List<TypeElement> contracts = new ArrayList<>();
    TypeMirror unresolved = null;
    for (TypeMirror supertype : inspector.allSupertypes(rep.asType())) {
      if (supertype.getKind() == TypeKind.ERROR) {
        if (unresolved == null && !Names.lastSegment(supertype.toString()).endsWith("_RepBase")) {
          unresolved = supertype;
        }
        continue;
      }
      TypeElement type = TypeInspector.asElement(supertype);
      if (Annotations.has(type, Annotations.CLUSTERED_OBJECT) && !contracts.contains(type)) {
        contracts.add(type);
      }
    }
    contracts = mostSpecific(contracts, inspector);
    if (contracts.isEmpty()) {
      if (unresolved != null && !lastRound) {
        deferredReps.add(nameOf(rep));
      } else if (unresolved != null) {
        reporter.report(unresolvedProblem(rep, unresolved));
      } else {
        reporter.report(Problem.on(rep, Diagnostic.REP_NO_CONTRACT, Names.display(rep)));
      }
      return;
    }
    if (contracts.size() > 1) {
      contracts.sort(Comparator.comparing(c -> c.getQualifiedName().toString()));
      Problem problem =
          Problem.on(
              rep,
              Diagnostic.REP_TWO_CONTRACTS,
              Names.display(rep),
              Names.display(contracts.get(0)),
              Names.display(contracts.get(1)));
      reporter.report(problem);
      for (TypeElement contract : contracts) {
        if (!finished.contains(nameOf(contract))) {
          finish(contract);
          standIn(contract, rep);
        }
      }
      return;
    }
    TypeElement contract = contracts.get(0);
    String contractName = nameOf(contract);
    if (contract.getKind() != ElementKind.INTERFACE) {
      return; // reported on the contract
    }
    if (finished.contains(contractName)) {
      String written = writtenReps.get(contractName);
      if (written != null && !written.equals(nameOf(rep))) {
        reporter.report(
            Problem.on(
                rep,
                Diagnostic.DUPLICATE_REP,
                Names.display(rep),
                Names.display(contract),
                written));
      }
      return;
    }
    repsByContract.computeIfAbsent(contractName, k -> new TreeSet<>()).add(nameOf(rep));
    pending.add(contractName);
  }

  /**
   * The contracts in {@code contracts} that no other one extends: a rep of {@code B extends A}
   * serves {@code B}; {@code A} needs a rep of its own.
   */
  private static List<TypeElement> mostSpecific(
      List<TypeElement> contracts, TypeInspector inspector) {
    List<TypeElement> specific = new ArrayList<>();
    for (TypeElement contract : contracts) {
      boolean extended = false;
      for (TypeElement other : contracts) {
        extended |=
            !other.equals(contract)
                && inspector.types.isSubtype(
                    inspector.types.erasure(other.asType()),
                    inspector.types.erasure(contract.asType()));
      }
      if (!extended) {
        specific.add(contract);
      }
    }
    return specific;
  }

  private void collectRoots(RoundEnvironment round) {
    for (TypeElement root : annotatedTypes(round, Annotations.ROOT)) {
      declaredRoots.add(nameOf(root));
    }
  }

  /**
   * Reports markers on methods of classes (other than reps and roots, which their contract's
   * validation checks) and remembers plain interfaces with markers for the last round.
   */
  private void collectMarkers(RoundEnvironment round) {
    Map<ExecutableElement, AnnotationMirror> marked = new LinkedHashMap<>();
    for (String marker : Annotations.MARKERS) {
      TypeElement annotation = env.getElementUtils().getTypeElement(marker);
      if (annotation == null) {
        continue;
      }
      for (ExecutableElement method :
          ElementFilter.methodsIn(round.getElementsAnnotatedWith(annotation))) {
        marked.putIfAbsent(method, Annotations.find(method, marker));
      }
    }
    for (Map.Entry<ExecutableElement, AnnotationMirror> entry : marked.entrySet()) {
      ExecutableElement method = entry.getKey();
      guard(
          method,
          () -> {
            TypeElement owner = (TypeElement) method.getEnclosingElement();
            if (Annotations.has(owner, Annotations.REP)
                || Annotations.has(owner, Annotations.ROOT)
                || Annotations.has(owner, Annotations.CLUSTERED_OBJECT)) {
              return; // checked with the contract
            }
            if (owner.getKind() != ElementKind.INTERFACE) {
              reporter.report(markerOutsideContract(method, entry.getValue()));
            } else {
              markedInterfaces.add(nameOf(owner));
            }
          });
    }
  }

  /** Markers on interfaces that no contract of this compilation extends. */
  private void reportMarkersOutsideContracts() {
    for (TypeElement type : resolve(markedInterfaces)) {
      if (contractHierarchy.contains(nameOf(type))) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        List<AnnotationMirror> markers = Annotations.markers(method);
        if (!markers.isEmpty()) {
          guard(method, () -> reporter.report(markerOutsideContract(method, markers.get(0))));
        }
      }
    }
    markedInterfaces.clear();
  }

  private static Problem markerOutsideContract(ExecutableElement method, AnnotationMirror marker) {
    return Problem.on(
        method,
        marker,
        null,
        Diagnostic.MARKER_OUTSIDE_CONTRACT,
        Names.display(method),
        Annotations.display(marker));
  }

  /**
   * {@code @Root} classes that no rep of this compilation names: nothing would ever use them. Known
   * only in the last round, when every rep has been seen.
   */
  private void reportUnreferencedRoots() {
    for (TypeElement root : resolve(declaredRoots)) {
      if (namedRoots.contains(nameOf(root)) || extendsFailedRootBase(root)) {
        continue;
      }
      guard(
          root,
          () ->
              reporter.report(
                  Problem.on(
                      root,
                      Diagnostic.ROOT_UNREFERENCED,
                      Names.display(root),
                      root.getSimpleName().toString())));
    }
    declaredRoots.clear();
  }

  // --- validation ------------------------------------------------------------------------------

  private List<ContractModel> validatePending(TypeInspector inspector, boolean lastRound) {
    ContractValidator validator = new ContractValidator(inspector, anchors);
    List<ContractModel> models = new ArrayList<>();
    for (String name : new ArrayList<>(pending)) {
      TypeElement contract = env.getElementUtils().getTypeElement(name);
      if (contract == null) {
        pending.remove(name);
        continue;
      }
      guard(
          contract,
          () -> {
            List<TypeElement> reps = resolve(repsByContract.getOrDefault(name, Set.of()));
            Outcome<ContractModel> outcome = validator.validate(contract, reps);
            if (outcome.isOk() && runtimeMissing()) {
              finish(contract);
              reportMissingRuntime(contract);
              standIn(contract, reps.get(0));
            } else if (outcome.isOk()) {
              finish(contract);
              writtenReps.put(name, nameOf(reps.get(0)));
              models.add(outcome.value());
              if (outcome.value().methods().isEmpty()) {
                reporter.warn(
                    Problem.on(
                        contract,
                        Diagnostic.CONTRACT_NO_METHODS,
                        Names.display(contract),
                        Names.display(contract)));
              }
            } else if (!outcome.isDeferred() || lastRound) {
              fail(contract, outcome.problem());
              standIn(contract, reps.isEmpty() ? contract : reps.get(0));
            }
          });
    }
    return models;
  }

  // --- helpers ---------------------------------------------------------------------------------

  /**
   * Whether the runtime, which every generated root base, rep base and dispatcher extends, is
   * missing from the class path: then only stand-ins that extend nothing are generated, and one
   * error says which artifact to add (instead of javac's errors inside the generated code).
   */
  private boolean runtimeMissing() {
    return env.getElementUtils().getTypeElement(RUNTIME_ROOT) == null;
  }

  /** Reports the missing runtime once per compilation, on the first contract to be generated. */
  private void reportMissingRuntime(TypeElement contract) {
    if (runtimeReported) {
      return;
    }
    runtimeReported = true;
    reporter.report(
        Problem.on(
            contract,
            Diagnostic.MISSING_DEPENDENCY,
            Names.display(contract),
            "@ClusteredObject",
            RUNTIME_ROOT,
            "org.k42j:k42j-runtime"));
  }

  /** Reports {@code problem} and finishes {@code contract}. */
  private void fail(TypeElement contract, Problem problem) {
    finish(contract);
    reporter.report(problem);
  }

  /**
   * Has the stand-ins of {@code contract}'s generated types written (with {@code origin} as their
   * originating element), and remembers its root base as failed.
   */
  private void standIn(TypeElement contract, TypeElement origin) {
    String prefix = Names.prefix(contract);
    String pkg = env.getElementUtils().getPackageOf(contract).getQualifiedName().toString();
    failedRootBases.add(
        (pkg.isEmpty() ? "" : pkg + ".") + prefix + "_" + GeneratedType.ROOT_BASE.suffix());
    List<String> variables = new ArrayList<>();
    for (TypeParameterElement variable : contract.getTypeParameters()) {
      variables.add(variable.getSimpleName().toString());
    }
    List<GeneratedType> types =
        new ArrayList<>(List.of(GeneratedType.ROOT_BASE, GeneratedType.REP_BASE));
    if (!namesUserRoot(origin)) {
      types.add(GeneratedType.ROOT); // a rep constructor may take it
    }
    for (TypeMirror permitted : contract.getPermittedSubclasses()) {
      for (GeneratedType type :
          List.of(GeneratedType.DISPATCHER, GeneratedType.MISS, GeneratedType.GUARD)) {
        if (permitted.getKind() == TypeKind.ERROR
            && Names.lastSegment(permitted.toString()).equals(prefix + "_" + type.suffix())
            && !types.contains(type)) {
          types.add(type);
        }
      }
    }
    standIns.add(
        new StandInModel(
            ClassName.get(contract),
            variables,
            isPublic(contract),
            origin,
            !runtimeMissing(),
            types));
  }

  /** Whether {@code type} is a rep whose {@code root} attribute names a class other than Void. */
  private static boolean namesUserRoot(TypeElement type) {
    AnnotationMirror rep = Annotations.find(type, Annotations.REP);
    TypeMirror root = rep == null ? null : Annotations.classValue(rep, "root");
    return root != null
        && !(root.getKind() == TypeKind.DECLARED
            && TypeInspector.qualifiedName(root).equals(Void.class.getName()));
  }

  /** Whether {@code type} and every type around it are public. */
  private static boolean isPublic(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code root} extends the root base of a contract that failed (the stand-in, or a name
   * not resolved yet): its contract already has its one error.
   */
  private boolean extendsFailedRootBase(TypeElement root) {
    TypeMirror superclass = root.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED || superclass.getKind() == TypeKind.ERROR) {
      if (superclass.getKind() == TypeKind.ERROR) {
        String simple = Names.lastSegment(superclass.toString());
        for (String base : failedRootBases) {
          if (Names.lastSegment(base).equals(simple)) {
            return true;
          }
        }
        return false;
      }
      if (failedRootBases.contains(TypeInspector.qualifiedName(superclass))) {
        return true;
      }
      superclass = TypeInspector.asElement(superclass).getSuperclass();
    }
    return false;
  }

  private void finish(TypeElement contract) {
    finished.add(nameOf(contract));
    pending.remove(nameOf(contract));
  }

  /**
   * Runs {@code step} for {@code element}; a failure of the processor itself becomes one internal
   * error on the element (and finishes its contract, if it is one).
   */
  private void guard(Element element, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException | Error failure) {
      ErrorReporter.rethrowIfFatal(failure);
      reporter.internalError(element, failure);
      if (element instanceof TypeElement && pending.contains(nameOf((TypeElement) element))) {
        finish((TypeElement) element);
      }
    }
  }

  private Problem unresolvedProblem(TypeElement element, TypeMirror missing) {
    return Problem.on(
        element,
        Diagnostic.UNRESOLVED_TYPE,
        Names.display(element),
        Names.display(missing),
        Names.display(element),
        Names.display(missing));
  }

  /** The types annotated with {@code annotation} in this round, by qualified name. */
  private List<TypeElement> annotatedTypes(RoundEnvironment round, String annotation) {
    TypeElement type = env.getElementUtils().getTypeElement(annotation);
    if (type == null) {
      return List.of();
    }
    List<TypeElement> types =
        new ArrayList<>(ElementFilter.typesIn(round.getElementsAnnotatedWith(type)));
    types.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    return types;
  }

  /** This round's elements for {@code names}, in the names' order; unknown names are skipped. */
  private List<TypeElement> resolve(Set<String> names) {
    List<TypeElement> types = new ArrayList<>();
    for (String name : names) {
      TypeElement type = env.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    return types;
  }

  private static String nameOf(TypeElement type) {
    return type.getQualifiedName().toString();
  }
}
