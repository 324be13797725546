package org.k42j.processor.clustered.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.k42j.model.DeclarationRules;
import org.k42j.model.Finding;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.StandInModel;
import org.k42j.processor.clustered.model.VersionModel;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.ErrorReporter;
import org.k42j.processor.common.MirrorViews;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Outcome;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.RoundState;
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
 *
 * <h2>Parts</h2>
 *
 * <p>This class keeps the contracts' state across rounds (pending, finished, their reps) and
 * decides when each is validated ({@link ContractValidator}, {@link VersionValidator}). The checks
 * that look across the compilation have a class each: {@link StrayMarkers} (routing markers outside
 * any contract), {@link UnreferencedRoots} (a {@code @Root} no rep names) and {@link StandIns}
 * (what is written for a failed contract). What the exported-interface front end shares with it,
 * source anchors, lookups by name, the internal-error guard and the missing-dependency error, is
 * {@link RoundState}.
 */
public final class RoundValidator {
  private final RoundState state;
  private final ErrorReporter reporter;
  private final StrayMarkers markers;
  private final StandIns standIns;
  private final UnreferencedRoots roots;

  private static final String RUNTIME_ROOT = "org.k42j.runtime.internal.ClusterRoot";

  /** Contracts seen and neither written nor failed yet. */
  private final Set<String> pending = new TreeSet<>();

  /** Contracts written or failed: nothing more is reported or generated for them. */
  private final Set<String> finished = new HashSet<>();

  /** The rep of each written contract. */
  private final Map<String, String> writtenReps = new HashMap<>();

  private final Map<String, Set<String>> repsByContract = new HashMap<>();

  /** Reps whose contract could not be resolved yet. */
  private final Set<String> deferredReps = new TreeSet<>();

  /** {@code @RepVersion} classes not validated yet (they wait for their contract). */
  private final Set<String> pendingVersions = new TreeSet<>();

  /** The versions that became valid in the latest round, for the writer. */
  private List<VersionModel> versions = List.of();

  /** Validates for {@code env} and reports through {@code reporter}. */
  public RoundValidator(ProcessingEnvironment env, ErrorReporter reporter) {
    this.state = new RoundState(env, reporter);
    this.reporter = reporter;
    this.markers = new StrayMarkers(state);
    this.standIns = new StandIns(env.getElementUtils());
    this.roots = new UnreferencedRoots(state, standIns);
  }

  /**
   * Takes in one round. Returns the models of the contracts that became valid in it, to be written
   * now; reports every error found. In the last round ({@link RoundEnvironment#processingOver()})
   * reports whatever is still unresolved or without a rep.
   */
  public List<ContractModel> process(RoundEnvironment round) {
    boolean lastRound = round.processingOver();
    standIns.startRound();
    TypeInspector inspector = state.begin(round);
    collectContracts(round, inspector);
    collectReps(round, inspector, lastRound);
    roots.collect(round);
    markers.collect(round);
    List<ContractModel> models = validatePending(inspector, lastRound);
    for (TypeElement version : state.annotatedTypes(round, Annotations.REP_VERSION)) {
      pendingVersions.add(nameOf(version));
    }
    versions = validateVersions(inspector, lastRound);
    if (lastRound) {
      markers.reportOutsideContracts();
      roots.report();
      // Files created in the last round are not compiled; with an error already reported the
      // compilation fails anyway, so nothing is written then.
      standIns.dropLatest();
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
    return standIns.latest();
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
    VersionValidator validator = new VersionValidator(inspector, state.anchors());
    List<VersionModel> valid = new ArrayList<>();
    for (String name : new ArrayList<>(pendingVersions)) {
      TypeElement version = state.type(name);
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
    for (TypeElement contract : state.annotatedTypes(round, Annotations.CLUSTERED_OBJECT)) {
      guard(
          contract,
          () -> {
            Finding shape = DeclarationRules.contract(MirrorViews.type(contract, method -> false));
            if (shape != null) {
              fail(contract, MirrorViews.on(contract, shape));
              return;
            }
            String name = nameOf(contract);
            markers.noteContract(contract, inspector);
            if (!finished.contains(name)) {
              pending.add(name);
            }
          });
    }
  }

  private void collectReps(RoundEnvironment round, TypeInspector inspector, boolean lastRound) {
    List<TypeElement> reps = state.annotatedTypes(round, Annotations.REP);
    reps.addAll(state.resolve(deferredReps));
    deferredReps.clear();
    for (TypeElement rep : reps) {
      guard(
          rep,
          () -> {
            roots.noteNamedRoot(rep);
            attachRep(rep, inspector, lastRound);
          });
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

  // --- validation ------------------------------------------------------------------------------

  private List<ContractModel> validatePending(TypeInspector inspector, boolean lastRound) {
    ContractValidator validator = new ContractValidator(inspector, state.anchors());
    List<ContractModel> models = new ArrayList<>();
    for (String name : new ArrayList<>(pending)) {
      TypeElement contract = state.type(name);
      if (contract == null) {
        pending.remove(name);
        continue;
      }
      guard(
          contract,
          () -> {
            List<TypeElement> reps = state.resolve(repsByContract.getOrDefault(name, Set.of()));
            Outcome<ContractModel> outcome = validator.validate(contract, reps);
            if (outcome.isOk() && runtimeMissing()) {
              finish(contract);
              state.reportMissingDependency(
                  contract, "@ClusteredObject", RUNTIME_ROOT, "org.k42j:k42j-runtime");
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
    return state.type(RUNTIME_ROOT) == null;
  }

  /** Reports {@code problem} and finishes {@code contract}. */
  private void fail(TypeElement contract, Problem problem) {
    finish(contract);
    reporter.report(problem);
  }

  /** Has the stand-ins of {@code contract}'s generated types written, from {@code origin}. */
  private void standIn(TypeElement contract, TypeElement origin) {
    standIns.add(contract, origin, !runtimeMissing());
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
    if (!state.guard(element, step)
        && element instanceof TypeElement
        && pending.contains(nameOf((TypeElement) element))) {
      finish((TypeElement) element);
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

  private static String nameOf(TypeElement type) {
    return RoundState.nameOf(type);
  }
}
