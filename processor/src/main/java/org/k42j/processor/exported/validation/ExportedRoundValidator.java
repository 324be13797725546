package org.k42j.processor.exported.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.ErrorReporter;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Outcome;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.RoundState;
import org.k42j.processor.common.TypeInspector;
import org.k42j.processor.exported.model.ExportedModel;

/**
 * The front end for {@code @Exported} interfaces across rounds: validates each exported interface
 * into a model to write, or into exactly one error, and reports {@code @Async} on methods that are
 * never called across address spaces.
 *
 * <p>Everything generated for an interface follows from the interface alone (its methods, the
 * records and exported interfaces its signatures name), so the interface is the one originating
 * element of its stub, skeleton and binding. An interface whose signatures name a type that does
 * not exist yet (one another processor generates) waits for the next round and is reported only if
 * the type is still missing in the last round. Errors on one interface never stop another from
 * being generated.
 */
public final class ExportedRoundValidator {
  private final RoundState state;

  private static final String KERNEL_STUB = "org.k42j.kernel.ppc.Stub";

  /** Interfaces waiting for a type that another processor may still generate. */
  private final Set<String> deferred = new TreeSet<>();

  /** Interfaces written or failed: nothing more is reported or generated for them. */
  private final Set<String> finished = new HashSet<>();

  /** Every exported type and every supertype of one: {@code @Async} there is meaningful. */
  private final Set<String> exportedHierarchy = new HashSet<>();

  /** Types declaring {@code @Async} methods, checked against the hierarchy in the last round. */
  private final Set<String> asyncOwners = new TreeSet<>();

  /** Validates for {@code env} and reports through {@code reporter}. */
  public ExportedRoundValidator(ProcessingEnvironment env, ErrorReporter reporter) {
    this.state = new RoundState(env, reporter);
  }

  /**
   * Takes in one round. Returns the models of the interfaces that became valid in it, to be written
   * now; reports every error found. In the last round reports what is still unresolved and every
   * {@code @Async} outside an exported interface's hierarchy.
   */
  public List<ExportedModel> process(RoundEnvironment round) {
    boolean lastRound = round.processingOver();
    TypeInspector inspector = state.begin(round);
    ErrorReporter reporter = state.reporter();
    List<TypeElement> candidates = state.annotatedTypes(round, ValueShapes.EXPORTED);
    for (String name : deferred) {
      TypeElement type = state.type(name);
      if (type != null && !candidates.contains(type)) {
        candidates.add(type);
      }
    }
    deferred.clear();
    collectAsyncOwners(round);
    ExportedValidator validator = new ExportedValidator(inspector, state.anchors());
    List<ExportedModel> models = new ArrayList<>();
    for (TypeElement exported : candidates) {
      String name = exported.getQualifiedName().toString();
      if (finished.contains(name)) {
        continue;
      }
      noteHierarchy(exported, inspector);
      boolean ran =
          state.guard(
              exported,
              () -> {
                Outcome<ExportedModel> outcome = validator.validate(exported);
                if (outcome.isOk()) {
                  finished.add(name);
                  if (kernelMissing()) {
                    state.reportMissingDependency(
                        exported, "@Exported", KERNEL_STUB, "org.k42j:k42j-kernel");
                  } else {
                    models.add(outcome.value());
                  }
                } else if (outcome.isDeferred() && !lastRound) {
                  deferred.add(name);
                } else {
                  finished.add(name);
                  state.reporter().report(outcome.problem());
                }
              });
      if (!ran) {
        finished.add(name);
      }
    }
    if (lastRound) {
      reportStrayAsync();
      return reporter.errorCount() == 0 ? models : List.of();
    }
    return models;
  }

  /**
   * Whether the kernel's PPC API, which every generated stub and skeleton extends, is missing from
   * the class path: then nothing is generated, and one error says which artifact to add (instead of
   * javac's errors inside the generated code).
   */
  private boolean kernelMissing() {
    return state.type(KERNEL_STUB) == null;
  }

  private void noteHierarchy(TypeElement exported, TypeInspector inspector) {
    exportedHierarchy.add(exported.getQualifiedName().toString());
    for (TypeMirror supertype : inspector.allSupertypes(exported.asType())) {
      if (supertype.getKind() == TypeKind.DECLARED) {
        exportedHierarchy.add(TypeInspector.qualifiedName(supertype));
      }
    }
  }

  private void collectAsyncOwners(RoundEnvironment round) {
    TypeElement async = state.type(ValueShapes.ASYNC);
    if (async == null) {
      return;
    }
    for (ExecutableElement method :
        ElementFilter.methodsIn(round.getElementsAnnotatedWith(async))) {
      asyncOwners.add(((TypeElement) method.getEnclosingElement()).getQualifiedName().toString());
    }
  }

  /** Reports {@code @Async} on methods of types that no exported interface is or extends. */
  private void reportStrayAsync() {
    for (String owner : asyncOwners) {
      if (exportedHierarchy.contains(owner)) {
        continue;
      }
      TypeElement type = state.type(owner);
      if (type == null) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        AnnotationMirror async = Annotations.find(method, ValueShapes.ASYNC);
        if (async != null) {
          state
              .reporter()
              .report(
                  Problem.on(
                      method,
                      async,
                      null,
                      Diagnostic.ASYNC_NOT_REMOTE,
                      Names.display(method),
                      "it is not a method of an @Exported interface"));
        }
      }
    }
  }
}
